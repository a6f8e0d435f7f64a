package io.tearsheet.html.internal;

import io.tearsheet.model.Inline;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.SectionKind;
import io.tearsheet.model.Text;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a paragraph that an advertising slot cut in two: a {@code <div>} set inside a {@code <p>} closes the
 * paragraph when the page is parsed, so the sentence's end becomes a block of its own once the slot is removed. A
 * long body paragraph that stops on a letter, followed by text after it (bare in the element holding it, or in the
 * next paragraph) that opens on a word in lower case, is one paragraph.
 */
final class SplitParagraphs {
    /** The first part is a sentence's start of at least this many words, not a label, a salutation or a line. */
    private static final int MIN_FIRST_WORDS = 12;
    /** The rest opens on a word in lower case, not on an item's label ("a)"). */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("^\\p{Ll}\\p{L}+\\b");

    private SplitParagraphs() {
    }

    static List<PlacedBlock> join(List<PlacedBlock> blocks) {
        List<PlacedBlock> joined = new ArrayList<>(blocks.size());
        for (PlacedBlock block : blocks) {
            PlacedBlock previous = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (previous != null && isCutAfter(previous) && continuesInLowerCase(block)
                    && isParsersCut(previous, block)) {
                Paragraph first = (Paragraph) previous.block();
                List<Inline> content = new ArrayList<>(first.content());
                content.add(new Text(" "));
                content.addAll(((Paragraph) block.block()).content());
                joined.set(joined.size() - 1, previous.withBlock(new Paragraph(content)));
                continue;
            }
            joined.add(block);
        }
        return joined;
    }

    /**
     * The parser's cut: the first part is a whole {@code <p>}, the rest stands after it, in another paragraph or bare
     * in the element holding it (what a {@code <div>} opened inside the paragraph leaves), not in a line of the same
     * paragraph, a row or an item of the page's own.
     */
    private static boolean isParsersCut(PlacedBlock first, PlacedBlock rest) {
        Element paragraph = first.origin();
        Element holder = rest.origin();
        return paragraph != null && holder != null && paragraph != holder && paragraph.normalName().equals("p")
                && (holder.normalName().equals("p") || paragraph.parents().contains(holder));
    }

    private static boolean isCutAfter(PlacedBlock block) {
        if (block.kind() != SectionKind.BODY || !(block.block() instanceof Paragraph paragraph)) {
            return false;
        }
        String text = paragraph.plainText().strip();
        if (text.isEmpty() || Texts.words(text) < MIN_FIRST_WORDS) {
            return false;
        }
        // a letter: a comma may end a salutation ("Sehr geehrte Damen und Herren,") or a line of verse
        return Character.isLetter(text.codePointBefore(text.length()));
    }

    private static boolean continuesInLowerCase(PlacedBlock block) {
        if (block.kind() != SectionKind.BODY || !(block.block() instanceof Paragraph paragraph)) {
            return false;
        }
        String text = paragraph.plainText().strip();
        return LOWER_CASE_WORD.matcher(text).find();
    }
}

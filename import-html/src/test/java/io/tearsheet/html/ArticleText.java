package io.tearsheet.html;

import io.tearsheet.model.Article;
import io.tearsheet.model.Block;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.Heading;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.ListBlock;
import io.tearsheet.model.ListItem;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Section;
import io.tearsheet.model.SectionKind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/** The text of an article's parts, as the page annotations write it: blocks separated by blank lines. */
final class ArticleText {
    private ArticleText() {
    }

    /** The body's running text: paragraphs, subheadings, list items and block quotes; not pull quotes or captions. */
    static String body(Article article) {
        List<String> blocks = new ArrayList<>();
        for (Section section : article.sections()) {
            if (section.kind() == SectionKind.BODY) {
                collect(section.blocks(), blocks);
            }
        }
        return String.join("\n\n", blocks);
    }

    /** The running text of some blocks (pull quotes left out), blocks separated by blank lines. */
    static String blocks(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        collect(blocks, out);
        return String.join("\n\n", out);
    }

    /** Every text of every section, captions included, and the metadata's text fields. */
    static String everything(Article article) {
        List<String> blocks = new ArrayList<>();
        var md = article.metadata();
        for (String field : new String[] {md.headline(), md.deck(), md.kicker(), md.dateline()}) {
            if (field != null) {
                blocks.add(field);
            }
        }
        for (Section section : article.sections()) {
            collectAll(section.blocks(), blocks);
        }
        return String.join("\n\n", blocks);
    }

    private static void collect(List<Block> start, List<String> out) {
        Deque<Iterator<Block>> stack = new ArrayDeque<>();
        stack.push(start.iterator());
        while (!stack.isEmpty()) {
            if (!stack.peek().hasNext()) {
                stack.pop();
                continue;
            }
            Block block = stack.peek().next();
            if (block instanceof Paragraph paragraph) {
                out.add(paragraph.plainText());
            } else if (block instanceof Heading heading) {
                out.add(Inlines.plainText(heading.content()));
            } else if (block instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    out.add(Inlines.plainText(item.content()));
                }
            } else if (block instanceof BlockQuote quote && !quote.pullQuote()) {
                stack.push(quote.blocks().iterator());
            }
        }
    }

    private static void collectAll(List<Block> start, List<String> out) {
        Deque<Iterator<Block>> stack = new ArrayDeque<>();
        stack.push(start.iterator());
        while (!stack.isEmpty()) {
            if (!stack.peek().hasNext()) {
                stack.pop();
                continue;
            }
            Block block = stack.peek().next();
            if (block instanceof BlockQuote quote) {
                stack.push(quote.blocks().iterator());
            } else if (block instanceof io.tearsheet.model.Figure figure) {
                out.add(Inlines.plainText(figure.caption()));
                if (figure.credit() != null) {
                    out.add(figure.credit());
                }
            } else {
                List<String> one = new ArrayList<>();
                collect(List.of(block), one);
                out.addAll(one);
            }
        }
    }
}

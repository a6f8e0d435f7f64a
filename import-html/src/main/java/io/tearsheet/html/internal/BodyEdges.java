package io.tearsheet.html.internal;

import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Block;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Divider;
import io.tearsheet.model.Emphasis;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Heading;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.ListBlock;
import io.tearsheet.model.ListItem;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.SectionKind;
import io.tearsheet.model.Text;
import io.tearsheet.read.conventions.Bylines;
import io.tearsheet.read.conventions.Datelines;
import io.tearsheet.read.conventions.Dates;
import io.tearsheet.read.conventions.MetaLines;
import io.tearsheet.read.conventions.RemovalReason;
import io.tearsheet.read.conventions.SeriesNotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last look at the mapped blocks, where their order matters: what stands before the first paragraph of running
 * text (the headline again, the deck, the kicker, the byline, the date) is metadata, not body; what trails after the
 * last one (labels, buttons) is dropped; notes that begin "Correction:" or "Editor's note:" move to their own
 * sections; a block quote that repeats the body's words is a pull quote.
 */
final class BodyEdges {
    /** Series notes and updates are only recognised this close to either end of the body. */
    private static final int NOTE_REACH = 3;
    private static final java.util.regex.Pattern TIME_ONLY = java.util.regex.Pattern.compile(
            "(?i)(?:(?:updated|posted|published)\\s+(?:at\\s+)?)?\\d{1,2}[:.h]\\d{2}(?:\\s*[ap]\\.?m\\.?)?"
                    + "(?:\\s+[A-Z]{2,5})?");
    private static final int MIN_PULL_QUOTE_KEY = 20;
    private static final int MAX_DECK_CHARS = 300;
    /** The names after a credit label standing alone fit in this many characters. */
    private static final int MAX_LABELLED_NAMES_CHARS = 120;
    private static final int MAX_LABEL_CHARS = 60;
    private static final int MAX_LABEL_WORDS = 6;
    private static final int MIN_SENTENCE_WORDS = 8;
    /** How many of the body's last blocks may be an author's bio line. */
    private static final int BIO_REACH = 2;
    private static final int MAX_BIO_CHARS = 400;
    private static final java.util.regex.Pattern BIO_LINE = java.util.regex.Pattern.compile(
            "^(?:by\\s+)?\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3},?\\s+(?:is|was)?\\s*(?:a|an|the)\\s+"
                    + "(?:[\\p{L}-]+\\s+){0,4}(?:writer|reporter|correspondent|editor|columnist|journalist|contributor"
                    + "|author|professor|fellow|director|analyst|producer|photographer|critic)\\b.*",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private final ReadContext context;
    private final List<Byline> bylines = new ArrayList<>();
    private ArticleDate date;
    private Datelines.Dateline dateline;
    private String deck;
    private boolean deckIsBody;
    /** Whether the block before was a credit label standing alone ("By"). */
    private boolean labelBefore;
    private boolean afterByline;
    private SeriesNotes.SeriesNote series;

    private BodyEdges(ReadContext context) {
        this.context = context;
    }

    /**
     * What the page shows around the body that the edges must recognise.
     *
     * @param deckMayBeText whether the deck is named only as the page's lead or intro: where the body holds it, it is
     *                      the text's first paragraph, not a deck
     */
    record Known(String headline, String visibleHeadline, String deck, String kicker, boolean deckMayBeText) {
    }

    /**
     * The body with its edges trimmed, and the metadata found in them.
     *
     * @param blocks   the blocks that remain, with their section kinds
     * @param bylines  credits found in a byline line before the text
     * @param date     a date line before the text, or null
     * @param dateline the dateline that opens the first body paragraph, or null
     * @param series   a series note's content, or null
     * @param deck     a standfirst found as an italic line above the text, or null
     * @param deckIsBody whether the known deck stayed in the body, because the page has no other text (an audio or
     *                 video page whose one paragraph is its standfirst) or because the page only names it its lead
     *                 and it stands in the text: it is then not printed as a deck too
     */
    record Result(List<PlacedBlock> blocks, List<Byline> bylines, ArticleDate date, Datelines.Dateline dateline,
                  SeriesNotes.SeriesNote series, String deck, boolean deckIsBody) {
    }

    static Result trim(List<PlacedBlock> placed, Known known, ReadContext context) {
        BodyEdges edges = new BodyEdges(context);
        List<PlacedBlock> blocks = edges.moveNotes(placed);
        blocks = edges.dropRepeatedMetadata(blocks, known);
        blocks = edges.dropTrailingFragments(blocks);
        blocks = edges.dropTimestamps(blocks);
        blocks = edges.dropClosingBio(blocks);
        blocks = edges.markPullQuotes(blocks);
        edges.findDateline(blocks);
        return new Result(blocks, edges.bylines, edges.date, edges.dateline, edges.series, edges.deck,
                edges.deckIsBody);
    }

    /** A paragraph's or heading's plain text; null for any other block. */
    static String text(Block block) {
        if (block instanceof Paragraph paragraph) {
            return paragraph.plainText();
        }
        if (block instanceof Heading heading) {
            return Inlines.plainText(heading.content());
        }
        return null;
    }

    /** Whether a paragraph reads as running text (long enough, or a whole sentence). */
    private static boolean isRunningText(Block block) {
        if (!(block instanceof Paragraph paragraph)) {
            return block instanceof BlockQuote || block instanceof ListBlock;
        }
        String text = paragraph.plainText().strip();
        int words = Texts.words(text);
        return text.length() >= BlockShape.LONG_TEXT && words >= 8
                || text.length() >= BlockShape.SENTENCE && words >= 5
                && BlockShape.endsSentence(text.charAt(text.length() - 1));
    }

    private int firstRunningText(List<PlacedBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == SectionKind.BODY && isRunningText(blocks.get(i).block())
                    && !isTeaserBeforeByline(blocks, i)) {
                return i;
            }
        }
        return blocks.size();
    }

    /**
     * A first paragraph set wholly in bold or italics with a byline right after it ("Von A und B, Redaktion") is the
     * standfirst above the byline, not the opening of the text: what stands before the byline is metadata.
     */
    private static boolean isTeaserBeforeByline(List<PlacedBlock> blocks, int i) {
        if (i != 0 || i + 1 >= blocks.size() || !(blocks.get(i).block() instanceof Paragraph teaser)
                || !isAllEmphasis(teaser) || Texts.clean(teaser.plainText()).length() > MAX_DECK_CHARS
                || !(blocks.get(i + 1).block() instanceof Paragraph next)) {
            return false;
        }
        String line = Texts.clean(next.plainText());
        return line.length() <= MAX_LABEL_CHARS * 2 && Bylines.opensAsCredit(line) && !Bylines.read(line).isEmpty();
    }

    /** Whether a block of the body has this key. */
    private static boolean isInText(List<PlacedBlock> placed, String key) {
        for (PlacedBlock block : placed) {
            String text = block.kind() == SectionKind.BODY ? text(block.block()) : null;
            if (text != null && Texts.key(text).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the block with this key is the only running text of the body. */
    private static boolean isAllTheText(List<PlacedBlock> placed, String key) {
        boolean found = false;
        for (PlacedBlock block : placed) {
            if (block.kind() != SectionKind.BODY || !isRunningText(block.block())) {
                continue;
            }
            String text = text(block.block());
            if (text == null || !Texts.key(text).equals(key)) {
                return false;
            }
            found = true;
        }
        return found;
    }

    private List<PlacedBlock> dropRepeatedMetadata(List<PlacedBlock> placed, Known known) {
        String headlineKey = known.headline() == null ? null : Texts.key(known.headline());
        String visibleHeadlineKey = known.visibleHeadline() == null ? null : Texts.key(known.visibleHeadline());
        String deckKey = known.deck() == null ? null : Texts.key(known.deck());
        if (deckKey != null && (known.deckMayBeText() ? isInText(placed, deckKey) : isAllTheText(placed, deckKey))) {
            deckKey = null;
            deckIsBody = true;
        }
        String kickerKey = known.kicker() == null ? null : Texts.key(known.kicker());
        // the headline anywhere, and the deck and kicker where they stand before the text, are metadata
        List<PlacedBlock> withoutTitles = new ArrayList<>();
        boolean textSeen = false;
        for (PlacedBlock block : placed) {
            String text = text(block.block());
            String key = text == null ? null : Texts.key(text);
            RemovalReason reason = null;
            if (key != null && (key.equals(headlineKey) || key.equals(visibleHeadlineKey))) {
                reason = RemovalReason.HEADLINE;
            } else if (key != null && !textSeen && key.equals(deckKey)) {
                reason = RemovalReason.DECK;
            } else if (key != null && !textSeen && key.equals(kickerKey)) {
                reason = RemovalReason.KICKER;
            }
            if (reason != null) {
                context.removals().add(text, reason);
                continue;
            }
            textSeen |= block.kind() == SectionKind.BODY && isRunningText(block.block());
            withoutTitles.add(block);
        }
        int firstText = firstRunningText(withoutTitles);
        List<PlacedBlock> kept = new ArrayList<>();
        for (int i = 0; i < withoutTitles.size(); i++) {
            PlacedBlock block = withoutTitles.get(i);
            String text = text(block.block());
            if (i < firstText && block.block() instanceof Divider) {
                continue;
            }
            if (i < firstText && block.block() instanceof Heading && isSentence(text) && standsApart(block.origin())) {
                // a full sentence set as a heading above the text is the standfirst, not a subheading
                if (deck == null && known.deck() == null) {
                    deck = Texts.clean(text);
                }
                context.removals().add(text, RemovalReason.DECK);
                continue;
            }
            if (i <= firstText && block.block() instanceof ListBlock && block.origin() != null
                    && metaList(block.origin()) != null) {
                // a list counts as running text, but one of meta items above the text is the byline
                context.removals().add(Texts.itemsParted(block.origin()), RemovalReason.BYLINE);
                continue;
            }
            if (i < firstText && text != null && block.kind() == SectionKind.BODY) {
                RemovalReason reason = leadingReason(text, block, known.deck() == null);
                if (reason != null) {
                    context.removals().add(text, reason);
                    continue;
                }
            }
            kept.add(block);
        }
        return kept;
    }

    /** Why a block before the running text is metadata (a byline or date line), or null when it is body. */
    private RemovalReason leadingReason(String text, PlacedBlock block, boolean deckWanted) {
        if (!(block.block() instanceof Paragraph paragraph)) {
            return null;
        }
        String clean = Texts.clean(text);
        if (Bylines.isCreditLabel(clean)) {
            labelBefore = true; // "By" in a paragraph of its own: the names follow in the next one
            return RemovalReason.BYLINE;
        }
        if (labelBefore) {
            labelBefore = false;
            List<Byline> named = Bylines.read("By " + clean);
            if (clean.length() <= MAX_LABELLED_NAMES_CHARS && !named.isEmpty() && Bylines.namePeople(named)) {
                if (bylines.isEmpty()) {
                    bylines.addAll(named);
                }
                afterByline = true;
                return RemovalReason.BYLINE;
            }
        }
        if (deckWanted && deck == null && isAllEmphasis(paragraph) && clean.length() <= MAX_DECK_CHARS
                && !Bylines.opensAsCredit(clean) && !Dates.isDateLine(clean)) {
            deck = clean;
            return RemovalReason.DECK;
        }
        boolean markedByline = block.origin() != null && (BoilerplateSignals.hasWord(block.origin(), "byline")
                || BoilerplateSignals.hasWord(block.origin(), "author"));
        if (clean.length() <= 200 && (Bylines.opensAsCredit(clean) || markedByline)) {
            List<Byline> parsed = Bylines.read(clean);
            if (!parsed.isEmpty()) {
                if (bylines.isEmpty()) {
                    bylines.addAll(parsed);
                }
                if (date == null) {
                    date = Dates.written(clean).orElse(null);
                }
                afterByline = true;
                return RemovalReason.BYLINE;
            }
        }
        if (Dates.isDateLine(clean)) {
            if (date == null) {
                date = Dates.written(clean).orElse(null);
            }
            afterByline = false;
            return RemovalReason.DATE;
        }
        List<Byline> namesWithDate = Bylines.readNamesAndDate(clean);
        if (namesWithDate.isEmpty()) {
            namesWithDate = MetaLines.readDatedParts(clean); // "11.12.2019 - Anna Berg"
        }
        if (!namesWithDate.isEmpty()) {
            if (bylines.isEmpty()) {
                bylines.addAll(namesWithDate);
            }
            if (date == null) {
                date = Dates.written(clean).orElse(null);
            }
            afterByline = true;
            return RemovalReason.BYLINE;
        }
        if (afterByline && isShortLabel(clean)) {
            // the job title or agency on the line under a byline ("Health correspondent", "Associated Press")
            return RemovalReason.BYLINE;
        }
        afterByline = false;
        return null;
    }

    /**
     * A list above the text whose items are a meta line's parts ("Inseln", "3. März 2026", "Anna Berg"): its names
     * and date are kept as the article's where none is known yet. Null for any other list.
     */
    private RemovalReason metaList(org.jsoup.nodes.Element list) {
        String line = Texts.itemsParted(list);
        List<Byline> named = MetaLines.readDatedParts(line);
        if (named.isEmpty()) {
            return null;
        }
        if (bylines.isEmpty()) {
            bylines.addAll(named);
        }
        if (date == null) {
            date = Dates.written(line).orElse(null);
        }
        return RemovalReason.BYLINE;
    }

    /**
     * Whether a heading stands apart from the paragraphs (in the page's header) rather than among them: a heading
     * whose parent also holds paragraphs of running text is the body's opening set large, not a standfirst.
     */
    private static boolean standsApart(org.jsoup.nodes.Element heading) {
        if (heading == null || heading.parent() == null) {
            return false;
        }
        for (org.jsoup.nodes.Element sibling : heading.parent().children()) {
            if (sibling.normalName().equals("p") && sibling.text().length() >= BlockShape.LONG_TEXT) {
                return false;
            }
        }
        return true;
    }

    /** Whether a text is a whole sentence of some length (a standfirst), not a label. */
    private static boolean isSentence(String text) {
        String clean = Texts.clean(text);
        return Texts.words(clean) >= MIN_SENTENCE_WORDS && BlockShape.endsSentence(clean.charAt(clean.length() - 1));
    }

    /** A few words that are not a sentence: a label, a role, a place. */
    private static boolean isShortLabel(String text) {
        return text.length() <= MAX_LABEL_CHARS && Texts.words(text) <= MAX_LABEL_WORDS
                && !BlockShape.endsSentence(text.charAt(text.length() - 1));
    }

    /** Whether every letter of a paragraph is inside emphasis or bold type, as a standfirst is set. */
    private static boolean isAllEmphasis(Paragraph paragraph) {
        List<Inline> content = paragraph.content();
        boolean emphasis = false;
        for (Inline inline : content) {
            if (inline instanceof Emphasis || inline instanceof io.tearsheet.model.Strong) {
                emphasis = true;
            } else if (!(inline instanceof Text text) || !text.text().isBlank()) {
                return false;
            }
        }
        return emphasis;
    }

    private List<PlacedBlock> moveNotes(List<PlacedBlock> blocks) {
        List<Integer> body = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == SectionKind.BODY) {
                body.add(i);
            }
        }
        List<PlacedBlock> moved = new ArrayList<>(blocks);
        for (int n = 0; n < body.size(); n++) {
            int i = body.get(n);
            if (!(blocks.get(i).block() instanceof Paragraph paragraph)) {
                continue;
            }
            SectionKind kind = SpecialNotes.kindOfText(paragraph.plainText());
            boolean nearEdge = n < NOTE_REACH || n >= body.size() - NOTE_REACH;
            if (kind == null || (kind == SectionKind.SERIES_NOTE || kind == SectionKind.UPDATE) && !nearEdge) {
                continue;
            }
            if (kind == SectionKind.SERIES_NOTE && series == null) {
                series = SeriesNotes.parse(paragraph.plainText()).orElse(null);
            }
            moved.set(i, blocks.get(i).withKind(kind));
        }
        for (PlacedBlock block : moved) {
            if (block.kind() == SectionKind.SERIES_NOTE && series == null && block.block() instanceof Paragraph p) {
                series = SeriesNotes.parse(p.plainText()).orElse(null);
            }
        }
        return moved;
    }

    private List<PlacedBlock> dropTrailingFragments(List<PlacedBlock> blocks) {
        int lastText = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == SectionKind.BODY && isRunningText(blocks.get(i).block())) {
                lastText = i;
            }
        }
        List<PlacedBlock> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            PlacedBlock block = blocks.get(i);
            boolean trailing = i > lastText && block.kind() == SectionKind.BODY;
            if (trailing && block.block() instanceof Divider) {
                continue;
            }
            String text = text(block.block());
            boolean fragment = text != null && !isRunningText(block.block())
                    && (block.block() instanceof Heading || Texts.clean(text).length() < 40);
            if (trailing && fragment && lastText >= 0) {
                context.removals().add(text, RemovalReason.LABEL);
                continue;
            }
            kept.add(block);
        }
        return kept;
    }

    /** An author's bio line closing the body ("Jane Doe is a reporter for …", "By Jane Doe, a deputy editor …"). */
    private List<PlacedBlock> dropClosingBio(List<PlacedBlock> blocks) {
        List<PlacedBlock> kept = new ArrayList<>(blocks);
        int seen = 0;
        for (int i = kept.size() - 1; i >= 0 && seen < BIO_REACH; i--) {
            PlacedBlock block = kept.get(i);
            if (block.kind() != SectionKind.BODY || !(block.block() instanceof Paragraph paragraph)) {
                continue;
            }
            seen++;
            String text = Texts.clean(paragraph.plainText());
            if (text.length() <= MAX_BIO_CHARS && BIO_LINE.matcher(text).matches()) {
                context.removals().add(text, RemovalReason.BIO);
                kept.remove(i);
            }
        }
        return kept;
    }

    /** Paragraphs that are only a time or a date: the stamps of a live blog's entries, not text. */
    private List<PlacedBlock> dropTimestamps(List<PlacedBlock> blocks) {
        List<PlacedBlock> kept = new ArrayList<>();
        for (PlacedBlock block : blocks) {
            if (block.block() instanceof Paragraph paragraph) {
                String text = Texts.clean(paragraph.plainText());
                if (TIME_ONLY.matcher(text).matches() || Dates.isDateLine(text)) {
                    context.removals().add(text, RemovalReason.DATE);
                    continue;
                }
            }
            kept.add(block);
        }
        return kept;
    }

    private List<PlacedBlock> markPullQuotes(List<PlacedBlock> blocks) {
        StringBuilder bodyKeys = new StringBuilder();
        for (PlacedBlock block : blocks) {
            if (block.block() instanceof Paragraph paragraph) {
                bodyKeys.append(Texts.key(paragraph.plainText())).append('|');
            } else if (block.block() instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    bodyKeys.append(Texts.key(Inlines.plainText(item.content()))).append('|');
                }
            }
        }
        String all = bodyKeys.toString();
        List<PlacedBlock> marked = new ArrayList<>();
        for (PlacedBlock block : blocks) {
            if (block.block() instanceof BlockQuote quote && !quote.pullQuote() && repeats(quote, all)) {
                marked.add(block.withBlock(new BlockQuote(quote.blocks(), true)));
                context.note("a block quote repeating the body's words was marked as a pull quote");
            } else {
                marked.add(block);
            }
        }
        return marked;
    }

    /** Whether the quote's first paragraph (its words, without the attribution line) stands in the body. */
    private static boolean repeats(BlockQuote quote, String bodyKeys) {
        for (Block inner : quote.blocks()) {
            if (inner instanceof Paragraph paragraph) {
                String key = Texts.key(paragraph.plainText());
                return key.length() >= MIN_PULL_QUOTE_KEY && bodyKeys.contains(key);
            }
        }
        return false;
    }

    private void findDateline(List<PlacedBlock> blocks) {
        for (PlacedBlock block : blocks) {
            if (block.kind() == SectionKind.BODY && block.block() instanceof Paragraph paragraph
                    && isRunningText(paragraph)) {
                Optional<Datelines.Dateline> found = Datelines.find(paragraph.plainText());
                dateline = found.orElse(null);
                return;
            }
            if (block.block() instanceof Figure) {
                continue;
            }
        }
    }
}

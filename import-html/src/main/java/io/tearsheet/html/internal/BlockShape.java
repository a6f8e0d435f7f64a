package io.tearsheet.html.internal;

import io.tearsheet.read.conventions.Boilerplate;
import org.jsoup.nodes.Element;

/**
 * How a block's own text reads, judged from its shape alone: running text (long enough, or a whole sentence, and
 * mostly not links), a list of links, a fragment (a label, a date, a short line), or a heading. These are the
 * units of the content score: running text counts for the element that holds it, links and fragments against.
 */
public enum BlockShape {
    /** No text of its own. */
    NONE,
    /** Sentences a reader reads: the article's kind of text. */
    TEXT,
    /** Mostly link text: menus, related links, tag lists. */
    LINKS,
    /** Short text that is not a sentence: labels, bylines, dates, buttons. */
    FRAGMENT,
    /** A heading, which neither helps nor hurts. */
    HEADING,
    /** A line of known boilerplate ("Advertisement", a copyright line, a share prompt). */
    BOILERPLATE;

    /** Running text needs at least this many characters… */
    static final int LONG_TEXT = 70;
    /** …or this many when it ends a sentence. */
    static final int SENTENCE = 30;
    /** At most this share of running text may be link text. */
    static final double TEXT_LINK_DENSITY = 0.35;
    /** A heading element holding more text than this is a misused wrapper, read as the text it holds. */
    static final int MAX_HEADING = 400;
    /** Blocks longer than this are never taken for a boilerplate line. */
    static final int BOILERPLATE_LINE = 300;
    /** At least this share of a block's text is link text in a link list. */
    static final double LINKS_LINK_DENSITY = 0.5;

    /**
     * Classifies one block.
     *
     * @param chars       its own non-space characters
     * @param linkChars   how many of them are link text
     * @param lastChar    its last non-space character
     * @param words       its word count
     * @param inBodyCopy  whether the page's declared article body contains this text
     * @param text        the block's own text (whitespace not collapsed)
     */
    static BlockShape of(Element block, int chars, int linkChars, char lastChar, int words, boolean inBodyCopy,
                         String text) {
        if (chars == 0) {
            return NONE;
        }
        double linkDensity = (double) linkChars / chars;
        if (HtmlTags.headingLevel(block) > 0 && chars <= MAX_HEADING) {
            return HEADING;
        }
        if (!inBodyCopy && linkDensity <= LINKS_LINK_DENSITY && chars <= BOILERPLATE_LINE
                && Boilerplate.classify(text, Boilerplate.Place.PARAGRAPH) != null) {
            return BOILERPLATE;
        }
        if (inBodyCopy && linkDensity <= LINKS_LINK_DENSITY) {
            return TEXT;
        }
        if (linkDensity > LINKS_LINK_DENSITY) {
            return LINKS;
        }
        boolean sentence = endsSentence(lastChar) && words >= 5;
        if (linkDensity <= TEXT_LINK_DENSITY && (chars >= LONG_TEXT && words >= 8 || chars >= SENTENCE && sentence)) {
            return TEXT;
        }
        return FRAGMENT;
    }

    /** Whether a block ending in this character ends a sentence (any language's closing quotes: „…“, »…« too). */
    static boolean endsSentence(char c) {
        return switch (c) {
            case '.', '!', '?', '…', '"', '”', '“', '’', '‘', '\'', ')', '»', '«', '。', '！', '？', ':' -> true;
            default -> false;
        };
    }

    /** What a block of this shape and size adds to the content score of the elements around it. */
    double score(int chars) {
        return switch (this) {
            case TEXT -> chars;
            case LINKS, BOILERPLATE -> -chars;
            case FRAGMENT -> -0.25 * chars;
            case NONE, HEADING -> 0;
        };
    }
}

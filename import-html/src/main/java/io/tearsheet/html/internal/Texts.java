package io.tearsheet.html.internal;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Whitespace and comparison helpers for text taken out of markup. */
public final class Texts {
    private Texts() {
    }

    /**
     * Collapses every run of HTML whitespace (and no-break spaces) to one space and drops invisible formatting
     * characters (soft hyphens, zero-width spaces, byte-order marks); does not trim.
     */
    public static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (isInvisible(c)) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        if (space) {
            out.append(' ');
        }
        return out.toString();
    }

    /** {@link #collapse} and trim: the form of a single-line value (a headline, a byline). */
    public static String clean(String text) {
        return text == null ? null : collapse(text).strip();
    }

    /** Whether {@code c} is whitespace as HTML renders it (no-break spaces included). */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u2007'
                || c == '\u202F' || c == '\u3000' || c == '\u2028' || c == '\u2029' || (c >= '\u2000' && c <= '\u200A');
    }

    /** Characters that take no space and that no reader wants in an archive's text. */
    static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\uFEFF' || c == '\u2060';
    }

    /**
     * Letters and digits only, lower case: the key for asking whether one text repeats another, regardless of
     * spacing, punctuation and quotation marks.
     */
    public static String key(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit)
                .forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
        return out.toString();
    }

    /** Lower case in the root locale, for matching labels. */
    public static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** The text cut to about {@code max} characters at a word boundary, with an ellipsis when cut. */
    public static String shorten(String text, int max) {
        String clean = clean(text);
        if (clean.length() <= max) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', max);
        if (cut < max / 2) {
            cut = max;
        }
        if (Character.isLowSurrogate(clean.charAt(cut))) {
            cut--;
        }
        return clean.substring(0, cut).stripTrailing() + "…";
    }

    /**
     * The start of an element's text, about {@code maxChars} long: the walk stops there, so a huge element costs no
     * more than a small one. Blocks are separated by spaces, as in {@link Element#text()}.
     */
    public static String head(Element element, int maxChars) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element child && !HtmlTags.isInline(child)) {
                    out.append(' ');
                }
                return out.length() >= maxChars ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, element);
        return clean(out.length() > maxChars * 2 ? out.substring(0, maxChars * 2) : out.toString());
    }

    /** How many characters of the text are not whitespace: the size measure used throughout the reader. */
    public static int nonSpace(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** How many words (runs of letters or digits) the text has. */
    public static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    /**
     * An element's text with its list items parted by bars, as a line of meta items is often set ("Kommentar",
     * "19. Oktober 2019", "Anna Berg" as items of one list); the plain text of any other element.
     */
    public static String itemsParted(Element element) {
        List<String> items = new ArrayList<>();
        for (Element child : element.children()) {
            if (child.normalName().equals("li")) {
                items.add(clean(child.text()));
            }
        }
        return items.size() < 2 ? clean(element.text()) : String.join(" | ", items);
    }
}

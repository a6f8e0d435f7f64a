package io.tearsheet.bench.attribution;

import io.tearsheet.model.Article;
import io.tearsheet.model.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the paragraphs of an article, as the reader made them, stand in the text it was read from, char by char.
 * The reader curls quotation marks (TeX-style {@code ''} becomes one mark), drops boilerplate lines and may take
 * the first lines for headline, byline or dateline, so each paragraph is first found among the source's
 * paragraphs by its opening letters, then aligned with it, treating every kind of quotation mark, apostrophe and
 * dash as the same and skipping spaces.
 */
final class TextAlignment {
    /** How many letters and digits of a paragraph's opening are looked for in the source. */
    private static final int ANCHOR = 40;

    private final String source;
    /** For each paragraph of the article, for each char of its plain text, the char of the source, or -1. */
    private final List<int[]> maps = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    TextAlignment(Article article, String source) {
        this.source = source;
        List<int[]> sourceParagraphs = paragraphsOf(source);
        int cursor = 0;
        for (Paragraph paragraph : article.paragraphs()) {
            String text = paragraph.plainText();
            texts.add(text);
            String anchor = alnum(text);
            anchor = anchor.substring(0, Math.min(ANCHOR, anchor.length()));
            int found = -1;
            for (int k = cursor; k < sourceParagraphs.size() && !anchor.isEmpty(); k++) {
                int[] span = sourceParagraphs.get(k);
                if (alnum(source.substring(span[0], span[1])).startsWith(anchor)) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                maps.add(null);
                continue;
            }
            cursor = found + 1;
            int[] span = sourceParagraphs.get(found);
            maps.add(align(text, source, span[0], span[1]));
        }
    }

    /**
     * The source range {@code [start, end)} of the words at code points {@code [start, end)} of paragraph
     * {@code paragraph}, or null when the paragraph was not found in the source.
     */
    int[] sourceRange(int paragraph, int start, int end) {
        int[] map = paragraph < maps.size() ? maps.get(paragraph) : null;
        if (map == null) {
            return null;
        }
        String text = texts.get(paragraph);
        int a = text.offsetByCodePoints(0, start);
        int b = text.offsetByCodePoints(0, end);
        int from = -1;
        for (int i = a; i < b && from < 0; i++) {
            from = map[i];
        }
        int to = -1;
        for (int i = b - 1; i >= a && to < 0; i--) {
            to = map[i] < 0 ? -1 : map[i] + 1;
        }
        return from < 0 || to <= from ? null : new int[] {from, to};
    }

    /** The source's paragraphs (separated by blank lines) as char ranges. */
    private static List<int[]> paragraphsOf(String source) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        while (start < source.length()) {
            int blank = source.indexOf("\n\n", start);
            int end = blank < 0 ? source.length() : blank;
            if (end > start) {
                spans.add(new int[] {start, end});
            }
            start = blank < 0 ? source.length() : blank + 2;
        }
        return spans;
    }

    /** A char map from {@code text} into {@code source[from, to)}: equal chars after folding, spaces skipped. */
    private static int[] align(String text, String source, int from, int to) {
        int[] map = new int[text.length()];
        java.util.Arrays.fill(map, -1);
        int i = 0;
        int j = from;
        while (i < text.length() && j < to) {
            char a = fold(text.charAt(i));
            char b = fold(source.charAt(j));
            if (a == b) {
                map[i++] = j++;
            } else if (a == '"' && j + 1 < to && (source.startsWith("''", j) || source.startsWith("``", j))) {
                map[i++] = j;
                j += 2;
            } else if (Character.isWhitespace(a)) {
                i++;
            } else if (Character.isWhitespace(b)) {
                j++;
            } else {
                j++; // a char the reader dropped or changed: resynchronise on the source
            }
        }
        return map;
    }

    private static char fold(char c) {
        if ("\u201c\u201d\u201e\u201f\u00ab\u00bb\"".indexOf(c) >= 0) {
            return '"';
        }
        if ("\u2018\u2019\u201a\u201b`'".indexOf(c) >= 0) {
            return '\'';
        }
        if (c == '\u2014' || c == '\u2013' || c == '\u2012') {
            return '-';
        }
        if (c == '\u00a0') {
            return ' ';
        }
        return Character.toLowerCase(c);
    }

    private static String alnum(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}

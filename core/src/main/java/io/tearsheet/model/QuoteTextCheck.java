package io.tearsheet.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that every quote lies inside its paragraph and that its text is exactly the text there.
 *
 * <p>Quote offsets count code points, and turning a code point offset into a string index means counting from
 * somewhere. Counting from the paragraph's start for every quote made one long paragraph full of quotations
 * quadratic. Instead every offset of every quote is sorted once and converted in a single forward pass over each
 * paragraph, whose plain text and length are computed once: the check is linear in the article's size (plus a sort
 * of the offsets), whatever the number of quotes per paragraph.
 */
final class QuoteTextCheck {
    private QuoteTextCheck() {
    }

    static void check(List<Paragraph> paragraphs, List<Quote> quotes) {
        Offsets offsets = Offsets.of(paragraphs, quotes);
        for (int i = 0; i < quotes.size(); i++) {
            Quote quote = quotes.get(i);
            String where = "quotes[" + i + "] (" + quote.id() + ")";
            if (quote.paragraph() >= paragraphs.size()) {
                throw new InvalidArticleException(where + ": paragraph " + quote.paragraph()
                        + " does not exist (the article has " + paragraphs.size() + ")");
            }
            int length = offsets.length(quote.paragraph());
            if (quote.end() > length) {
                throw new InvalidArticleException(where + ": offsets " + quote.start() + ".." + quote.end()
                        + " lie outside paragraph " + quote.paragraph() + " (" + length + " code points)");
            }
            String text = offsets.text(quote.paragraph());
            int from = offsets.index(quote.paragraph(), quote.start());
            int to = offsets.index(quote.paragraph(), quote.end());
            if (to - from != quote.text().length() || !text.regionMatches(from, quote.text(), 0, to - from)) {
                throw new InvalidArticleException(where + ": text does not match paragraph " + quote.paragraph()
                        + " at " + quote.start() + ".." + quote.end());
            }
        }
    }

    /**
     * The string index of every quote offset that lies inside its paragraph, found by one forward walk per
     * paragraph over the offsets in ascending order.
     */
    private static final class Offsets {
        /** Paragraph index in the high 32 bits, code point offset in the low 32; sorted, without repeats. */
        private final long[] keys;
        private final int[] indexes;
        private final Map<Integer, String> texts = new HashMap<>();
        private final Map<Integer, Integer> lengths = new HashMap<>();

        private Offsets(long[] keys) {
            this.keys = keys;
            this.indexes = new int[keys.length];
        }

        static Offsets of(List<Paragraph> paragraphs, List<Quote> quotes) {
            long[] keys = new long[quotes.size() * 2];
            int n = 0;
            for (Quote quote : quotes) {
                if (quote.paragraph() < paragraphs.size()) {
                    keys[n++] = key(quote.paragraph(), quote.start());
                    keys[n++] = key(quote.paragraph(), quote.end());
                }
            }
            Arrays.sort(keys, 0, n);
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                if (distinct == 0 || keys[distinct - 1] != keys[i]) {
                    keys[distinct++] = keys[i];
                }
            }
            Offsets offsets = new Offsets(Arrays.copyOf(keys, distinct));
            offsets.convert(paragraphs);
            return offsets;
        }

        private static long key(int paragraph, int offset) {
            return (long) paragraph << 32 | offset;
        }

        private void convert(List<Paragraph> paragraphs) {
            int current = -1;
            String text = "";
            int length = 0;
            int codePoint = 0;
            int index = 0;
            for (int i = 0; i < keys.length; i++) {
                int paragraph = (int) (keys[i] >>> 32);
                int offset = (int) keys[i];
                if (paragraph != current) {
                    current = paragraph;
                    text = paragraphs.get(paragraph).plainText();
                    length = Inlines.codePointLength(text);
                    texts.put(paragraph, text);
                    lengths.put(paragraph, length);
                    codePoint = 0;
                    index = 0;
                }
                if (offset > length) {
                    indexes[i] = -1; // outside the paragraph; the check reports it before asking
                    continue;
                }
                index = text.offsetByCodePoints(index, offset - codePoint);
                codePoint = offset;
                indexes[i] = index;
            }
        }

        int length(int paragraph) {
            return lengths.get(paragraph);
        }

        String text(int paragraph) {
            return texts.get(paragraph);
        }

        int index(int paragraph, int offset) {
            return indexes[Arrays.binarySearch(keys, key(paragraph, offset))];
        }
    }
}

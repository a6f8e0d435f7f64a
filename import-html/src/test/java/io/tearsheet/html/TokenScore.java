package io.tearsheet.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token-level precision, recall and F1 of an extracted text against the expected one, the measure article-extraction
 * benchmarks use: both texts are folded (quotation marks and apostrophes to ASCII, case, dashes), cut into words,
 * and compared as bags of words.
 *
 * @param truePositives  words in both (counting repeats)
 * @param extracted      words extracted
 * @param expected       words expected
 */
record TokenScore(long truePositives, long extracted, long expected) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    static TokenScore of(String extractedText, String expectedText) {
        List<String> got = tokens(extractedText);
        List<String> want = tokens(expectedText);
        Map<String, Integer> counts = new HashMap<>();
        for (String token : want) {
            counts.merge(token, 1, Integer::sum);
        }
        long hits = 0;
        for (String token : got) {
            Integer left = counts.get(token);
            if (left != null && left > 0) {
                hits++;
                counts.put(token, left - 1);
            }
        }
        return new TokenScore(hits, got.size(), want.size());
    }

    TokenScore plus(TokenScore other) {
        return new TokenScore(truePositives + other.truePositives, extracted + other.extracted,
                expected + other.expected);
    }

    double precision() {
        return extracted == 0 ? (expected == 0 ? 1 : 0) : (double) truePositives / extracted;
    }

    double recall() {
        return expected == 0 ? 1 : (double) truePositives / expected;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P=%.4f R=%.4f F1=%.4f", precision(), recall(), f1());
    }

    /** Folds quotation marks, apostrophes, dashes and case, as the project's scoring tool does. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\"".indexOf(c) >= 0) {
                out.append('"');
            } else if ("\u2018\u2019\u201a\u201b\u2032`'".indexOf(c) >= 0) {
                out.append('\'');
            } else if (c == '\u2014' || c == '\u2013') {
                out.append('-');
            } else if (c == '\u00a0') {
                out.append(' ');
            } else if (c != '\u00ad' && c != '\u200b') {
                out.append(c);
            }
        }
        return out.toString().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(fold(text));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}

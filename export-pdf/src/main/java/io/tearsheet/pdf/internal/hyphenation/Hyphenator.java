package io.tearsheet.pdf.internal.hyphenation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds where a word may be hyphenated, by Liang's patterns with TeX's margins (no fewer than
 * {@code leftMin} letters before a hyphen, {@code rightMin} after it). Thread-safe.
 *
 * <pre>{@code
 * Hyphenator.forLanguage("en-GB").points("hyphenation")  // [2, 6]: hy-phen-ation
 * }</pre>
 */
public final class Hyphenator {
    /** A hyphenator that never breaks a word; used for languages without patterns. */
    public static final Hyphenator NONE = new Hyphenator(null, Integer.MAX_VALUE / 2, Integer.MAX_VALUE / 2);

    /** How many words' points are remembered; past that, words are hyphenated afresh each time. */
    private static final int REMEMBERED_WORDS = 50_000;

    private final LiangPatterns patterns;
    private final int leftMin;
    private final int rightMin;
    /**
     * Points already found, shared by every document: news text repeats its words, and walking the patterns was
     * a tenth of a one-article PDF. Bounded, so a long run's memory does not grow with its vocabulary.
     */
    private final Map<String, List<Integer>> remembered = new ConcurrentHashMap<>();

    Hyphenator(LiangPatterns patterns, int leftMin, int rightMin) {
        this.patterns = patterns;
        this.leftMin = leftMin;
        this.rightMin = rightMin;
    }

    /**
     * The hyphenator for a BCP 47 language tag: English patterns for every {@code en} tag, none for other
     * languages (and for a null tag).
     */
    public static Hyphenator forLanguage(String languageTag) {
        return HyphenationPatterns.forLanguage(languageTag);
    }

    /** Whether this hyphenator can break words at all. */
    public boolean isActive() {
        return patterns != null;
    }

    /**
     * The positions (char offsets from 1 to length − 1) before which a hyphen may be inserted in
     * {@code word}, in increasing order. Words that are not purely letters are never broken.
     */
    public List<Integer> points(String word) {
        Objects.requireNonNull(word, "word must not be null");
        if (patterns == null || word.length() < leftMin + rightMin || !isLetters(word)) {
            return List.of();
        }
        List<Integer> known = remembered.get(word);
        if (known != null) {
            return known;
        }
        boolean[] breaks = patterns.breaks(word);
        List<Integer> points = new ArrayList<>();
        for (int i = leftMin; i <= word.length() - rightMin; i++) {
            if (breaks[i]) {
                points.add(i);
            }
        }
        List<Integer> found = List.copyOf(points);
        if (remembered.size() < REMEMBERED_WORDS) {
            remembered.put(word, found);
        }
        return found;
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}

package io.tearsheet.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word-shingle precision, recall and F1: both texts are cut into words as {@link WordScore} cuts them (runs of letters
 * and digits, lower-cased, NFKC-normalised), every run of {@code n} consecutive words is a shingle (a text of fewer
 * words is one shingle of all of them), and the shingles both texts have are counted as a multiset. With {@code n = 1}
 * this is the bag-of-words score; with {@code n = 3} a kept word counts only where its neighbours are right too, so
 * text that is extracted in pieces, out of order or twice scores lower than the same words in the gold's order.
 * Block boundaries are ignored: a shingle may run from the end of one paragraph into the next, in both texts alike.
 */
final class ShingleScore {
    /** The shingle size the harness reports by default. */
    static final int DEFAULT_SIZE = 3;

    private ShingleScore() {
    }

    static WordScore.Counts compare(List<String> extractedWords, List<String> goldWords, int n) {
        List<String> ours = shingles(extractedWords, n);
        List<String> gold = shingles(goldWords, n);
        Map<String, Integer> left = new HashMap<>();
        for (String shingle : gold) {
            left.merge(shingle, 1, Integer::sum);
        }
        long shared = 0;
        for (String shingle : ours) {
            Integer count = left.get(shingle);
            if (count != null && count > 0) {
                shared++;
                left.put(shingle, count - 1);
            }
        }
        return new WordScore.Counts(shared, ours.size(), gold.size());
    }

    static List<String> shingles(List<String> words, int n) {
        if (n <= 1) {
            return words;
        }
        List<String> shingles = new ArrayList<>(Math.max(1, words.size() - n + 1));
        if (words.isEmpty()) {
            return shingles;
        }
        if (words.size() < n) {
            shingles.add(String.join(" ", words));
            return shingles;
        }
        for (int i = 0; i + n <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + n)));
        }
        return shingles;
    }
}

package io.tearsheet.bench.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word-level precision, recall and F1 of extracted text against gold text: both are cut into words (runs of letters
 * and digits, lower-cased, accents and quote styles kept apart from words), and the words they share are counted
 * as a multiset, so a paragraph kept twice is not counted twice.
 */
final class WordScore {
    private WordScore() {
    }

    /** Counts of one comparison; add them up over pages for totals. */
    record Counts(long shared, long extracted, long gold) {
        static final Counts ZERO = new Counts(0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(shared + other.shared, extracted + other.extracted, gold + other.gold);
        }

        double precision() {
            return extracted == 0 ? (gold == 0 ? 1 : 0) : (double) shared / extracted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) shared / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static Counts compare(String extracted, String gold) {
        Map<String, Integer> goldWords = bag(words(gold));
        List<String> ours = words(extracted);
        long shared = 0;
        for (String word : ours) {
            Integer left = goldWords.get(word);
            if (left != null && left > 0) {
                shared++;
                goldWords.put(word, left - 1);
            }
        }
        long goldCount = words(gold).size();
        return new Counts(shared, ours.size(), goldCount);
    }

    /** The share of {@code block}'s words found in {@code gold}'s words (a set, not a multiset). */
    static double overlap(String block, Map<String, Integer> goldBag) {
        List<String> words = words(block);
        if (words.isEmpty()) {
            return 1;
        }
        int found = 0;
        for (String word : words) {
            if (goldBag.containsKey(word)) {
                found++;
            }
        }
        return (double) found / words.size();
    }

    /** The word trigrams of a text ("a b c" for its first three words, and so on), for telling passages apart. */
    static java.util.Set<String> shingles(String text) {
        List<String> words = words(text);
        java.util.Set<String> shingles = new java.util.HashSet<>();
        for (int i = 0; i + 2 < words.size(); i++) {
            shingles.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        }
        return shingles;
    }

    /**
     * Whether a block of extracted text belongs to the gold text: most of its word trigrams are the gold's (a
     * paragraph of readers' comments shares the gold's common words, not its trigrams); a block of fewer than three
     * words belongs when its words stand together in the gold.
     */
    static boolean belongs(String block, java.util.Set<String> goldShingles, String goldWordsJoined) {
        List<String> words = words(block);
        if (words.isEmpty()) {
            return true;
        }
        if (words.size() < 3) {
            return (" " + goldWordsJoined + " ").contains(" " + String.join(" ", words) + " ");
        }
        int found = 0;
        for (int i = 0; i + 2 < words.size(); i++) {
            if (goldShingles.contains(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2))) {
                found++;
            }
        }
        return found * 2 >= words.size() - 2;
    }

    static Map<String, Integer> bag(List<String> words) {
        Map<String, Integer> bag = new HashMap<>();
        for (String word : words) {
            bag.merge(word, 1, Integer::sum);
        }
        return bag;
    }

    /**
     * The text without the characters no reader sees: soft hyphens and zero-width marks, which a page may keep inside
     * a word ("Klima\u00adwandel") and an extractor may drop, and which must not part the word in the scoring.
     */
    static String withoutInvisibles(String text) {
        return INVISIBLES.matcher(text).replaceAll("");
    }

    private static final java.util.regex.Pattern INVISIBLES = java.util.regex.Pattern.compile(
            "[\u00ad\u200b\u200c\u200d\u2060\ufeff]");

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String normal = Normalizer.normalize(withoutInvisibles(text), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= normal.length(); i++) {
            boolean wordChar = i < normal.length() && Character.isLetterOrDigit(normal.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(normal.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /**
     * Whether a headline read from a page is the marked one: the same text once folded, or, where the annotators
     * marked a kicker or a standfirst in one run with the headline ("Football News Allardyce leaves Magpies"), the
     * marked text's start or end, of three words or more and at least two fifths of it.
     */
    static boolean headlineMatches(String ours, String gold) {
        String a = foldHeadline(ours);
        String b = foldHeadline(gold);
        if (a.equals(b)) {
            return true;
        }
        if (a.isEmpty() || a.split(" ").length < 3 || a.length() * 5 < b.length() * 2) {
            return false;
        }
        return b.startsWith(a + " ") || b.endsWith(" " + a);
    }

    /**
     * Headline text compared as a reader sees it: quote and dash styles folded, spaces collapsed and case folded, as
     * the acceptance scorer folds it (a page that prints its headline in capitals is read with the capitals undone).
     */
    static String foldHeadline(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201a\u201b`´]", "'")
                .replaceAll("[\u201c\u201d\u201e\u201f]|''", "\"")
                .replaceAll("[\u2013\u2014\u2012\u2015]", "-")
                .replace('\u00a0', ' ')
                .replace("\u00ad", "")
                .replaceAll("\\s+", " ").strip()
                .toLowerCase(Locale.ROOT);
    }
}

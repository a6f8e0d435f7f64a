package io.tearsheet.read.conventions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The function words of a page's language ("the", "of", "der", "que"), which running prose is full of and menus,
 * link lists and captions are not: the share of them in a block of text tells prose from furniture without markup,
 * as jusText does. The lists ({@code stopwords/*.txt}, the most frequent words of each language) come from jusText
 * and cover forty languages written with spaces between words.
 *
 * <pre>{@code
 * StopWords words = StopWords.of(pageText);   // the language with the most function words in the text
 * words.language();                          // "en"
 * words.density("The ferry left the quay at dawn."); // 0.43
 * }</pre>
 */
public final class StopWords {
    /** Below this share of function words in the whole text, no list is taken to be the text's language. */
    private static final double MIN_PAGE_SHARE = 0.08;
    /** The words looked at to choose the language: enough for any page, and a bound on the cost. */
    private static final int SAMPLE_WORDS = 20_000;

    private static final StopWords NONE = new StopWords(null, -1);

    private final String language;
    private final int index;

    private StopWords(String language, int index) {
        this.language = language;
        this.index = index;
    }

    /**
     * The list of the language whose function words are most frequent in {@code text}, or a list that knows no
     * words when none reaches a twelfth of the text's words (a language without a list, or no prose at all).
     */
    public static StopWords of(CharSequence text) {
        int[] hits = new int[Data.LANGUAGES.size()];
        int[] words = {0};
        forEachWord(text, (word, start, end) -> {
            if (words[0]++ >= SAMPLE_WORDS) {
                return false;
            }
            long mask = Data.mask(word, start, end);
            while (mask != 0) {
                int bit = Long.numberOfTrailingZeros(mask);
                hits[bit]++;
                mask &= mask - 1;
            }
            return true;
        });
        int best = -1;
        for (int i = 0; i < hits.length; i++) {
            if (best < 0 || hits[i] > hits[best]) {
                best = i;
            }
        }
        if (best < 0 || words[0] == 0 || hits[best] < MIN_PAGE_SHARE * Math.min(words[0], SAMPLE_WORDS)) {
            return NONE;
        }
        return new StopWords(Data.LANGUAGES.get(best), best);
    }

    /** The list chosen for a page's texts, and how many of its function words each text holds. */
    public record Measured(StopWords stopWords, int[] counts) {
    }

    /**
     * The list of the language whose function words are most frequent in {@code texts} taken together (as
     * {@link #of(CharSequence)} chooses it), and the count of its function words in each text: one pass over the
     * words, for a page cut into many texts.
     */
    public static Measured measure(List<String> texts) {
        int languages = Data.LANGUAGES.size();
        int[] hits = new int[languages];
        // per text, the function words of each language it holds; null for a text with none
        int[][] perText = new int[texts.size()][];
        int[] total = {0};
        for (int t = 0; t < texts.size(); t++) {
            int text = t;
            forEachWord(texts.get(t), (word, start, end) -> {
                total[0]++;
                long mask = Data.mask(word, start, end);
                if (mask == 0) {
                    return true;
                }
                if (perText[text] == null) {
                    perText[text] = new int[languages];
                }
                boolean sampled = total[0] <= SAMPLE_WORDS;
                for (long m = mask; m != 0; m &= m - 1) {
                    int language = Long.numberOfTrailingZeros(m);
                    perText[text][language]++;
                    if (sampled) {
                        hits[language]++;
                    }
                }
                return true;
            });
        }
        int best = 0;
        for (int i = 1; i < languages; i++) {
            if (hits[i] > hits[best]) {
                best = i;
            }
        }
        int[] counts = new int[texts.size()];
        if (total[0] == 0 || hits[best] < MIN_PAGE_SHARE * Math.min(total[0], SAMPLE_WORDS)) {
            return new Measured(NONE, counts);
        }
        for (int t = 0; t < texts.size(); t++) {
            counts[t] = perText[t] == null ? 0 : perText[t][best];
        }
        return new Measured(new StopWords(Data.LANGUAGES.get(best), best), counts);
    }

    /** The ISO 639-1 code of the list's language, or null for a list that knows no words. */
    public String language() {
        return language;
    }

    /** Whether this list knows any words. */
    public boolean known() {
        return index >= 0;
    }

    /** Whether {@code word} (any case) is a function word of this language. */
    public boolean contains(String word) {
        return index >= 0 && (Data.mask(word, 0, word.length()) & (1L << index)) != 0;
    }

    /** The number of function words in {@code text}. */
    public int count(CharSequence text) {
        if (index < 0) {
            return 0;
        }
        long bit = 1L << index;
        int[] count = {0};
        forEachWord(text, (word, start, end) -> {
            if ((Data.mask(word, start, end) & bit) != 0) {
                count[0]++;
            }
            return true;
        });
        return count[0];
    }

    /** The share of {@code text}'s words that are function words of this language; 0 for no words. */
    public double density(CharSequence text) {
        int words = Text.spacedWords(text.toString());
        return words == 0 ? 0 : (double) count(text) / words;
    }

    private interface WordSink {
        /**
         * Takes one word, {@code text[start, end)}: ASCII in any case, or else lower-cased already; valid only during
         * the call. False to stop.
         */
        boolean accept(CharSequence text, int start, int end);
    }

    /**
     * Runs of letters (and apostrophes inside them). An ASCII word is passed as it stands in {@code text}, since the
     * lists are looked up in any case; only a word with other characters is lower-cased into a copy.
     */
    private static void forEachWord(CharSequence text, WordSink sink) {
        StringBuilder folded = null;
        int length = text.length();
        int start = -1;
        boolean ascii = true;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : ' ';
            if (isLetter(c) || (c == '\'' || c == '\u2019') && start >= 0) {
                if (start < 0) {
                    start = i;
                    ascii = true;
                }
                ascii &= c < 0x80;
            } else if (start >= 0) {
                boolean more;
                if (ascii) {
                    more = sink.accept(text, start, i);
                } else {
                    folded = folded == null ? new StringBuilder() : folded;
                    folded.setLength(0);
                    for (int j = start; j < i; j++) {
                        char d = text.charAt(j);
                        folded.append(d == '\u2019' ? '\'' : Character.toLowerCase(d));
                    }
                    more = sink.accept(folded, 0, folded.length());
                }
                if (!more) {
                    return;
                }
                start = -1;
            }
        }
    }

    private static boolean isLetter(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Whether a word (any case) is a function word of a language news pages are most often written in ("From", "Die"):
     * English, German, French, Spanish, Italian, Portuguese, Dutch.
     */
    public static boolean isCommonFunctionWord(String word) {
        return (Data.mask(word, 0, word.length()) & Data.COMMON_LANGUAGES) != 0;
    }

    /**
     * Whether a word (any case) stands among the most frequent words of a language news pages are most often
     * written in ("im", "aus", "this", "der"): the articles, pronouns, prepositions and auxiliaries that open a
     * section's label ("Im Wortlaut", "Aus der Region") and never a person's name. The lists' less frequent words
     * include given names ("Michael", "Thomas"), which this leaves out.
     */
    public static boolean isFrequentFunctionWord(String word) {
        return (Data.withFrequency(word, 0, word.length()) & Data.FREQUENT) != 0;
    }

    /** The lists, read once: each word with a bit for every language that lists it. */
    private static final class Data {
        static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb",
                "fi", "pl", "cs", "sk", "hu", "ro", "hr", "sl", "sr", "bg", "ru", "uk", "el", "tr", "id", "ms", "ca",
                "vi", "tl", "sw", "et", "lv", "lt", "he", "ar", "fa", "hi", "ur", "bn", "ta");
        /** The bits of the languages news pages are most often written in. */
        static final long COMMON_LANGUAGES = bits(List.of("en", "de", "fr", "es", "it", "pt", "nl"));
        /** A bit no language uses: the word is among the first {@link #FREQUENT_RANK} of a common language's list. */
        static final long FREQUENT = 1L << 63;
        /** How many of a list's first words (the lists are ordered by frequency) are its function words. */
        private static final int FREQUENT_RANK = 150;
        /** Built after the fields above, which it reads. */
        private static final WordTable<Long> MASKS = masks();

        private Data() {
        }

        /** The languages that list {@code word} (any case), one bit each. */
        static long mask(CharSequence text, int start, int end) {
            return withFrequency(text, start, end) & ~FREQUENT;
        }

        /** The languages' bits, and {@link #FREQUENT} where a common language lists the word among its first. */
        static long withFrequency(CharSequence text, int start, int end) {
            Long mask = MASKS.get(text, start, end);
            return mask == null ? 0 : mask;
        }

        private static long bits(List<String> languages) {
            long bits = 0;
            for (String language : languages) {
                bits |= 1L << LANGUAGES.indexOf(language);
            }
            return bits;
        }

        private static WordTable<Long> masks() {
            Map<String, Long> masks = new HashMap<>();
            for (int i = 0; i < LANGUAGES.size(); i++) {
                long bit = 1L << i;
                List<String> words = new ArrayList<>();
                for (String entry : WordLists.lines("stopwords/" + LANGUAGES.get(i) + ".txt")) {
                    // a list entry may itself hold an apostrophe or several words ("d'un"); keep words as split above
                    forEachWord(entry, (text, start, end) -> words.add(
                            text.subSequence(start, end).toString().toLowerCase(Locale.ROOT)));
                }
                boolean common = (COMMON_LANGUAGES & bit) != 0;
                for (int rank = 0; rank < words.size(); rank++) {
                    long bits = common && rank < FREQUENT_RANK ? bit | FREQUENT : bit;
                    masks.merge(words.get(rank), bits, (a, b) -> a | b);
                }
            }
            return WordTable.of(masks);
        }
    }
}

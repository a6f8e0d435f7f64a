package io.tearsheet.quotes.internal;

import io.tearsheet.read.conventions.WordTable;

import java.util.Locale;

/** The small closed classes of English words the phrase rules need: determiners, prepositions, pronouns, … */
public final class FunctionWords {
    private static final WordTable<Boolean> DETERMINERS = Lexicon.wordTable("determiners");
    private static final WordTable<Boolean> INDEFINITE = Lexicon.wordTable("determiners-indefinite");
    private static final WordTable<Boolean> PREPOSITIONS = Lexicon.wordTable("prepositions");
    private static final WordTable<Boolean> SUBORDINATORS = Lexicon.wordTable("subordinators");
    private static final WordTable<Boolean> AUXILIARIES = Lexicon.wordTable("auxiliaries");
    /** Nouns that end in -ly. */
    private static final WordTable<Boolean> NOUNS_IN_LY = Lexicon.wordTable("nouns-ending-ly");
    private static final WordTable<Boolean> VERBS = Lexicon.wordTable("finite-verbs");
    private static final WordTable<Boolean> RELATIVES = Lexicon.wordTable("relative-pronouns");
    /** Words that start sentences and so are capitalised without being names. */
    private static final WordTable<Boolean> SENTENCE_WORDS = Lexicon.wordTable("sentence-start-words");

    private FunctionWords() {
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    public static boolean isDeterminer(String word) {
        return DETERMINERS.contains(word) || isPossessive(word);
    }

    public static boolean isIndefinite(String word) {
        return INDEFINITE.contains(word);
    }

    /** "Chile's", "the city's", "growers’": a possessive, which works as a determiner. */
    public static boolean isPossessive(String word) {
        int n = word.length();
        if (n <= 2) {
            return false;
        }
        char last = word.charAt(n - 1);
        char before = word.charAt(n - 2);
        return isS(last) && isApostrophe(before) || isApostrophe(last) && isS(before);
    }

    private static boolean isS(char c) {
        return c == 's' || c == 'S';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    public static boolean isPreposition(String word) {
        return PREPOSITIONS.contains(word);
    }

    /** A word that opens a new clause, so a subject never reaches back across it. */
    public static boolean isSubordinator(String word) {
        return SUBORDINATORS.contains(word);
    }

    /** "the", "a" or "an", in any case. */
    public static boolean isArticle(String word) {
        return word.equalsIgnoreCase("the") || word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an");
    }

    /** Auxiliaries and adverbs that may stand between a subject and its verb ("has also said"). */
    public static boolean isAuxiliary(String word) {
        return AUXILIARIES.contains(word) || isAdverb(word);
    }

    /** An adverb in -ly ("quickly", "also"): not "family", "assembly" or "supply". */
    public static boolean isAdverb(String word) {
        int n = word.length();
        return n > 4 && (word.charAt(n - 2) | 0x20) == 'l' && (word.charAt(n - 1) | 0x20) == 'y'
                && !NOUNS_IN_LY.contains(word);
    }

    /** A finite form of be/have/do or a modal: a phrase holding one is a clause, not a noun phrase. */
    public static boolean isFiniteVerb(String word) {
        return VERBS.contains(word);
    }

    public static boolean isRelative(String word) {
        return RELATIVES.contains(word);
    }

    /** Whether a capitalised word is capitalised only because it starts a sentence. */
    public static boolean isSentenceWord(String word) {
        return SENTENCE_WORDS.contains(word);
    }

    /** he/she/they/it/I/we as the subject of a verb. */
    public static Gender pronounGender(String word) {
        return switch (lower(word)) {
            case "he", "him", "his" -> Gender.MALE;
            case "she", "her", "hers" -> Gender.FEMALE;
            default -> Gender.UNKNOWN;
        };
    }

    public static boolean isSubjectPronoun(String word) {
        return switch (lower(word)) {
            case "he", "she", "they", "it", "i", "we" -> true;
            default -> false;
        };
    }
}

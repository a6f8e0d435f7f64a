package io.tearsheet.quotes.internal;

import java.util.Locale;
import java.util.Set;

/** The small closed classes of English words the phrase rules need: determiners, prepositions, pronouns, … */
public final class FunctionWords {
    private static final Set<String> DETERMINERS = Lexicon.words("determiners");
    private static final Set<String> INDEFINITE = Lexicon.words("determiners-indefinite");
    private static final Set<String> PREPOSITIONS = Lexicon.words("prepositions");
    private static final Set<String> SUBORDINATORS = Lexicon.words("subordinators");
    private static final Set<String> AUXILIARIES = Lexicon.words("auxiliaries");
    /** Nouns that end in -ly. */
    private static final Set<String> NOUNS_IN_LY = Lexicon.words("nouns-ending-ly");
    private static final Set<String> VERBS = Lexicon.words("finite-verbs");
    private static final Set<String> RELATIVES = Lexicon.words("relative-pronouns");
    /** Words that start sentences and so are capitalised without being names. */
    private static final Set<String> SENTENCE_WORDS = Lexicon.words("sentence-start-words");

    private FunctionWords() {
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    public static boolean isDeterminer(String word) {
        return DETERMINERS.contains(lower(word)) || isPossessive(word);
    }

    public static boolean isIndefinite(String word) {
        return INDEFINITE.contains(lower(word));
    }

    /** "Chile's", "the city's", "growers’": a possessive, which works as a determiner. */
    public static boolean isPossessive(String word) {
        String w = lower(word);
        return w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s") || w.endsWith("s'") || w.endsWith("s’"));
    }

    public static boolean isPreposition(String word) {
        return PREPOSITIONS.contains(lower(word));
    }

    /** A word that opens a new clause, so a subject never reaches back across it. */
    public static boolean isSubordinator(String word) {
        return SUBORDINATORS.contains(lower(word));
    }

    /** Auxiliaries and adverbs that may stand between a subject and its verb ("has also said"). */
    public static boolean isAuxiliary(String word) {
        String w = lower(word);
        return AUXILIARIES.contains(w) || isAdverb(w);
    }

    /** An adverb in -ly ("quickly", "also"): not "family", "assembly" or "supply". */
    public static boolean isAdverb(String word) {
        String w = lower(word);
        return w.length() > 4 && w.endsWith("ly") && !NOUNS_IN_LY.contains(w);
    }

    /** A finite form of be/have/do or a modal: a phrase holding one is a clause, not a noun phrase. */
    public static boolean isFiniteVerb(String word) {
        return VERBS.contains(lower(word));
    }

    public static boolean isRelative(String word) {
        return RELATIVES.contains(lower(word));
    }

    /** Whether a capitalised word is capitalised only because it starts a sentence. */
    public static boolean isSentenceWord(String word) {
        return SENTENCE_WORDS.contains(lower(word));
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

package io.tearsheet.quotes.internal;

import java.util.Locale;
import java.util.Set;

/** The small closed classes of English words the phrase rules need: determiners, prepositions, pronouns, … */
public final class FunctionWords {
    private static final Set<String> DETERMINERS = Lexicon.of("the", "a", "an", "one", "another", "this", "that", "these",
            "those", "his", "her", "its", "their", "our", "my", "your", "some", "several", "many", "most", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "all", "other", "each", "every",
            "no", "any", "few", "various", "numerous", "dozens", "hundreds", "thousands");
    private static final Set<String> INDEFINITE = Lexicon.of("a", "an", "one", "another", "some", "several", "many", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "various", "numerous", "few");
    private static final Set<String> PREPOSITIONS = Lexicon.of("of", "at", "in", "for", "with", "from", "on", "near", "by",
            "to", "about", "under", "over", "across", "inside", "outside", "behind", "during", "after", "before",
            "into", "onto", "through", "throughout", "within", "without", "among", "amid", "between", "against",
            "toward", "towards", "via", "per", "like", "since", "until", "upon", "around", "beside", "beyond");
    private static final Set<String> SUBORDINATORS = Lexicon.of("when", "as", "while", "because", "although", "though",
            "after", "before", "if", "since", "until", "where", "whereas", "but", "so", "that", "whether", "once",
            "unless", "and", "or", "yet", "however", "meanwhile");
    private static final Set<String> AUXILIARIES = Lexicon.of("has", "have", "had", "would", "will", "could", "can", "may",
            "might", "must", "should", "shall", "did", "does", "do", "is", "was", "were", "are", "be", "been", "being",
            "also", "later", "then", "previously", "once", "recently", "now", "still", "further", "repeatedly",
            "often", "again", "initially", "first", "earlier", "long", "never", "always", "already", "subsequently",
            "finally", "last", "just", "even", "too", "not", "reportedly", "separately", "privately", "publicly");
    private static final Set<String> VERBS = Lexicon.of("is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "will", "would", "can", "could", "should", "shall", "may", "might", "must", "do", "does", "did");
    private static final Set<String> RELATIVES = Lexicon.of("who", "whom", "whose", "which", "that");
    /** Words that start sentences and so are capitalised without being names. */
    private static final Set<String> SENTENCE_WORDS = Lexicon.of("the", "a", "an", "in", "on", "at", "but", "and", "as",
            "when", "while", "after", "before", "for", "if", "since", "though", "although", "this", "that", "these",
            "those", "there", "then", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
            "my", "your", "by", "from", "to", "of", "with", "without", "during", "under", "over", "some", "many",
            "most", "all", "both", "each", "every", "no", "not", "so", "yet", "or", "nor", "because", "until", "what",
            "who", "why", "how", "where", "which", "one", "two", "three", "another", "other", "such", "like", "unlike",
            "despite", "among", "still", "even", "also", "now", "today", "yesterday", "asked", "according", "already",
            "meanwhile", "however", "instead", "only", "just", "once", "here", "few", "several", "more", "less",
            "much", "any", "outside", "inside", "near", "along", "across", "behind", "beyond", "up", "down", "last",
            "next", "first", "later", "earlier", "soon", "again", "whether", "should", "would", "could",
            "will", "can", "may", "might", "must", "is", "was", "are", "were", "has", "have", "had", "do", "does", "did",
            "mr", "mrs", "ms", "dr");

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
        return AUXILIARIES.contains(w) || w.length() > 4 && w.endsWith("ly");
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

package io.tearsheet.quotes.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words that put a name or label in quotation marks rather than report speech: "what they call", "dubbed",
 * "described the plan as", "so-called", "known as". A few quoted words after them are a scare quote; longer
 * words with a named subject are that subject's words ("the paper called it “a lesson in short memories”").
 */
public final class NamingVerbs {
    private static final Set<String> VERBS = Lexicon.words("naming-verbs");
    /** Verbs that name only with "as" before the quotation: "described it as “…”", "referred to it as “…”". */
    private static final Set<String> NEED_AS = Lexicon.words("naming-verbs-with-as");
    /** Verbs that give a verdict only with "to" before the quotation: "likened the rules to “…”". */
    private static final Set<String> NEED_TO = Lexicon.words("naming-verbs-with-to");
    private static final Set<String> LABEL_MARKERS = Lexicon.words("label-markers");

    private NamingVerbs() {
    }

    public static boolean isNamingVerb(String word) {
        return VERBS.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean needsAs(String word) {
        return NEED_AS.contains(word.toLowerCase(Locale.ROOT));
    }

    public static boolean needsTo(String word) {
        return NEED_TO.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the naming verb at word {@code verb} can name a quotation that follows word {@code last}: right
     * after it ("attacked “…”"), or after the particle it needs ("cast the plan as “…”"); "cast a spotlight on the
     * impact of “…”" names nothing.
     */
    static boolean namesQuotationAfter(List<Word> words, int verb, int last) {
        String word = words.get(verb).text();
        if (!isNamingVerb(word) || verb == last) {
            return isNamingVerb(word);
        }
        return (!needsAs(word) || particleBefore(words, verb, last, "as"))
                && (!needsTo(word) || particleBefore(words, verb, last, "to"));
    }

    /**
     * "as “…”" or "as a “…”" (or "to") right before the quotation, perhaps with an adverb ("as largely “…”"),
     * after the verb at {@code verb}.
     */
    static boolean particleBefore(List<Word> words, int verb, int last, String particle) {
        int k = last;
        if (k > verb && FunctionWords.isArticle(words.get(k).text())) {
            k--;
        }
        String adverb = words.get(k).text();
        if (k > verb + 1 && adverb.length() > 4 && adverb.endsWith("ly") && Character.isLowerCase(adverb.charAt(0))) {
            k--; // "described the protests as largely “peaceful”"
        }
        return k > verb && words.get(k).text().equalsIgnoreCase(particle);
    }

    /** Words that mark what follows as a label without any verb: "so-called", "known as", "dubbed". */
    public static boolean isLabelMarker(String word) {
        return LABEL_MARKERS.contains(word.toLowerCase(Locale.ROOT));
    }
}

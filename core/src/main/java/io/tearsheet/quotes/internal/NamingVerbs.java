package io.tearsheet.quotes.internal;

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

    /** Words that mark what follows as a label without any verb: "so-called", "known as", "dubbed". */
    public static boolean isLabelMarker(String word) {
        return LABEL_MARKERS.contains(word.toLowerCase(Locale.ROOT));
    }
}

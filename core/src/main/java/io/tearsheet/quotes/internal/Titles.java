package io.tearsheet.quotes.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Honorifics and titles written before a name ("Mr.", "Dr", "Professor", "Councillor", "Chief Executive",
 * "Detective Inspector"), with the gender some of them imply. They are not part of the canonical name:
 * "Mr. Varga" is an alias of "Anton Varga".
 */
public final class Titles {
    private static final Map<String, Gender> HONORIFICS = Lexicon.genders("titles-honorific");
    private static final Set<String> TITLES = Lexicon.words("titles");
    private static final Map<String, Set<String>> ROLES = Lexicon.table("title-roles");

    private Titles() {
    }

    /**
     * The roles a title word gives its bearer, lower case without a full stop: "sen" → senator and lawmaker;
     * any other title word gives itself ("governor").
     */
    static Set<String> rolesOf(String titleWord) {
        return ROLES.getOrDefault(titleWord, Set.of(titleWord));
    }

    /** Whether a word (as written) is a title or honorific that may stand before a name. */
    public static boolean isTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return HONORIFICS.containsKey(w) || TITLES.contains(w);
    }

    /** Whether the word is a short honorific ("Mr.", "Ms", "Dame") that implies a person. */
    public static boolean isHonorific(String word) {
        return HONORIFICS.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The gender a title implies, or {@link Gender#UNKNOWN}. */
    public static Gender genderOf(String word) {
        return HONORIFICS.getOrDefault(word.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }
}

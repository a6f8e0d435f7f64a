package io.tearsheet.quotes.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Common given names and the gender they usually tell ("Hannah" she, "Graham" he), so that "she said" can find
 * Hannah Ostrowski and not the Riverton Chamber of Commerce. Names given to both sexes are in neither list; a
 * name the lists do not know tells nothing.
 */
final class GivenNames {
    private static final Set<String> FEMALE = Lexicon.words("given-names-female");
    private static final Set<String> MALE = Lexicon.words("given-names-male");
    /** Combining marks, which a name decomposed loses. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private GivenNames() {
    }

    /** The gender the first word of a person's name tells, or {@link Gender#UNKNOWN}. */
    static Gender genderOf(String name) {
        String first = firstWord(name);
        if (FEMALE.contains(first)) {
            return Gender.FEMALE;
        }
        return MALE.contains(first) ? Gender.MALE : Gender.UNKNOWN;
    }

    /** Whether the first word of a name is a given name the lists know: then the name is a person's. */
    static boolean isGivenName(String name) {
        String first = firstWord(name);
        return FEMALE.contains(first) || MALE.contains(first);
    }

    private static String firstWord(String name) {
        String n = name.strip();
        int space = n.indexOf(' ');
        String first = (space < 0 ? n : n.substring(0, space)).toLowerCase(Locale.ROOT);
        if (isAscii(first)) {
            return first; // most names: nothing to decompose
        }
        // "Lucía" is looked up as "lucia"
        return MARKS.matcher(Normalizer.normalize(first, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}

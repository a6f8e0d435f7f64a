package io.tearsheet.read.conventions;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * News agencies by the names they print ("AP", "Reuters", "PTI", "dpa"). A byline that names only an agency is a
 * credit, not an author: the readers move it to {@code Metadata.credits} in the form the agency writes its name
 * ("PTI", not the "Pti" a byline printed in capitals would give).
 */
public final class Agencies {
    private Agencies() {
    }

    /** The agency a credit names, in the agency's own spelling, or empty when it names none (or more than that). */
    public static Optional<String> named(String credit) {
        return credit == null ? Optional.empty() : Optional.ofNullable(Data.BY_KEY.get(key(credit)));
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static final class Data {
        static final Map<String, String> BY_KEY = byKey(WordLists.lines("agency-names.txt"));

        private static Map<String, String> byKey(List<String> names) {
            Map<String, String> map = new HashMap<>();
            for (String name : names) {
                map.put(key(name), name);
            }
            return Map.copyOf(map);
        }
    }
}

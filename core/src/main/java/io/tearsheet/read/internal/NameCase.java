package io.tearsheet.read.internal;

import java.util.Locale;
import java.util.Set;

/** Names printed in capitals ("JANE DOE", "O'BRIEN", "MCALLISTER") in the case a byline would print them. */
final class NameCase {
    private static final Set<String> PARTICLES = Set.of("de", "da", "das", "del", "della", "der", "den", "di", "do",
            "dos", "du", "la", "le", "van", "von", "bin", "binti", "al", "el", "y", "ten", "ter");

    private NameCase() {
    }

    static String titleCase(String name) {
        String[] words = name.split(" ");
        StringBuilder out = new StringBuilder(name.length());
        for (int w = 0; w < words.length; w++) {
            String word = words[w].toLowerCase(Locale.ROOT);
            if (w > 0) {
                out.append(' ');
            }
            if (w > 0 && PARTICLES.contains(word)) {
                out.append(word);
            } else {
                out.append(capitalizeParts(word));
            }
        }
        return out.toString();
    }

    /** Capitals after hyphens and apostrophes, and after "Mc". */
    private static String capitalizeParts(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean upper = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-' || c == '\'' || c == '’' || c == '.';
            if (i == 1 && out.toString().equals("Mc") && word.length() > 3) {
                upper = true;
            }
        }
        return out.toString();
    }
}

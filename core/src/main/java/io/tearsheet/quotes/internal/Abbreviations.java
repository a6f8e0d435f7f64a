package io.tearsheet.quotes.internal;

import java.util.Locale;
import java.util.Set;

/** Words that end with a full stop without ending a sentence: titles, months, US state abbreviations, "Inc.". */
public final class Abbreviations {
    private static final Set<String> WORDS = Set.of("mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "sr", "jr",
            "st", "mt", "ft", "gen", "col", "lt", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "cdr", "gov", "sen", "rep",
            "rev", "hon", "pres", "supt", "det", "insp", "cpl", "pvt", "no", "nos", "vol", "vs", "etc", "inc", "corp",
            "co", "ltd", "bros", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ala", "ariz", "ark", "calif",
            "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn",
            "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis",
            "wyo", "dept", "est", "approx", "fig", "ave", "blvd", "rd", "hwy", "ste", "univ", "assn", "govt", "atty",
            "gens", "reps", "sens", "e.g", "i.e", "u.s", "u.k", "u.n", "d.c", "n.y", "n.j", "n.c", "n.d", "n.h", "n.m",
            "s.c", "s.d", "w.va", "r.i");

    private Abbreviations() {
    }

    /**
     * Whether the word ending just before the full stop at {@code period} is an abbreviation or an initial
     * ("J." in "J. Smith").
     */
    public static boolean endsAt(String text, int period) {
        int start = period;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && "(“‘\"'[".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        String word = text.substring(start, period);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial
        }
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}

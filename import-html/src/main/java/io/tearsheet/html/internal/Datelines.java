package io.tearsheet.html.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline that opens a story's first paragraph: "BEIJING — …", "NEW YORK (AP) — …",
 * "KYIV, Ukraine — …", "LONDON, March 3 (Reuters) - …". The place must be in capitals, as wire style writes it,
 * so that an ordinary opening word followed by a dash is not taken for one.
 */
final class Datelines {
    private static final String PLACE_WORD = "\\p{Lu}[\\p{Lu}'’.-]+";
    private static final Pattern DATELINE = Pattern.compile(
            "^(" + PLACE_WORD + "(?:\\s+" + PLACE_WORD + "){0,3}"
                    + "(?:,\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})?)"
                    + "(?:,?\\s+\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})?"
                    + "(?:\\s+\\([^()]{1,30}\\))?"
                    + "\\s*(?:—|–|--|-)\\s+\\S");

    private Datelines() {
    }

    /**
     * A dateline found at the start of a paragraph.
     *
     * @param place  the place as written ("NEW YORK", "KYIV, Ukraine")
     * @param length how many characters of the paragraph the dateline takes, dash and spaces included
     */
    record Match(String place, int length) {
    }

    /** The dateline at the start of {@code paragraph}, if it has one. */
    static Optional<Match> find(String paragraph) {
        Matcher matcher = DATELINE.matcher(paragraph.length() > 200 ? paragraph.substring(0, 200) : paragraph);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String place = matcher.group(1).strip();
        String firstWord = place.split("[\\s,]+")[0].replaceAll("[^\\p{L}]", "");
        if (firstWord.length() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Match(place, matcher.end() - 1));
    }
}

package io.tearsheet.read.conventions;

import io.tearsheet.model.Byline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's meta line: a date, perhaps its time, a section's label or a counter, and the author's name, in parts
 * ("Kommentar | 19. Oktober 2019 | Anna Berg | 1 Kommentar"). Read by both readers for a byline printed without an
 * opener; the name must read as a person's ({@link Bylines#isPlainName}) and be no furniture ("PAID CONTENT").
 */
public final class MetaLines {
    /** Where the parts of a meta line part: a bar, a bullet, a double slash, a slash or a dash between spaces. */
    private static final Pattern MARKED_PARTS = Pattern.compile("(?:\\s*(?:[|·•]|//|(?<=\\s)[/–—-](?=\\s))\\s*)+");
    /** As {@link #MARKED_PARTS}, and also a comma, a semicolon or a date ({@link #DATE_MARK}). */
    private static final Pattern ANY_PARTS = Pattern.compile(
            "(?:\\s*(?:[|·•,;]|//|\\u0000|(?<=\\s)[/–—-](?=\\s))\\s*)+");
    /** A lower-case letter run into a day's number or a month's name: "Berg22. Februar", "BergNovember 6". */
    private static final Pattern GLUED_DATE = Pattern.compile(
            "(\\p{Ll})(\\d{1,2}(?=[./ ])|\\p{Lu}\\p{Ll}{2,9}(?=\\.?\\s+\\d))");
    /** What a date is marked with before a meta line is parted. */
    private static final String DATE_MARK = "\u0000";
    /** A time of day ("13:10 Uhr", "9.30 am", "15:49"). */
    private static final Pattern TIMES = Pattern.compile(
            "(?i)\\b\\d{1,2}[:.]\\d{2}(?:\\s*(?:uhr|h|[ap]\\.?m\\.?)(?![\\p{L}]))?");
    /**
     * A blog's invitation to comment closing its meta line, run into the name before it ("26. September 2019 Anna Berg
     * Schreibe einen Kommentar", "Leave a comment").
     */
    private static final Pattern COMMENT_PROMPT = Pattern.compile("(?iu)\\s+(?:schreibe einen kommentar"
            + "|kommentar (?:schreiben|verfassen)|leave a (?:comment|reply)|post a comment|add a comment)$");
    /** The most words a label beside the date and the name may have ("Kommentar", "Meinung und Debatte"). */
    private static final int MAX_LABEL_WORDS = 3;

    private MetaLines() {
    }

    /**
     * The person named in one part of a line of parts, one of them a date: "11.12.2019 - Anna Berg", "04.02.2022 |
     * 13:10 Uhr | Anna Berg", "Kommentar | 19. Oktober 2019 | Anna Berg | 1 Kommentar". Parts are parted by bars,
     * bullets, double slashes or spaced dashes and slashes; a time and a date line's words ("Stand:", "am") are no
     * part. Besides the date and the name, a part may only be a short label or counter (a section, a kind of text,
     * "1 Kommentar"). Exactly one part must be a person's name, so a line naming two people, or none, gives nothing.
     */
    public static List<Byline> readDatedParts(String text) {
        return namedPart(text, MARKED_PARTS);
    }

    /**
     * As {@link #readDatedParts}, where the date itself and commas part the line too: "Anna Berg 19.10.2019, 05:00
     * Uhr", "Anna Berg Stand: 05. Februar 2020", "1. Februar 2022, Anna Berg". Looser, for a line of plain text,
     * where the parts a page's markup kept apart have run together; a name of more than two words right after a
     * date ("30. Oktober 2023 Anna Berg Kultur") may have a section run into it and gives nothing.
     */
    public static List<Byline> readNameBesideDate(String text) {
        return namedPart(unglued(text), ANY_PARTS);
    }

    /**
     * The text with a date parted from a name a page's text ran it into ("Anna BergNovember 6, 2023", "Anna
     * Berg22. Februar 2023"): a text dump joins the elements a page set side by side.
     */
    private static String unglued(String text) {
        Matcher glued = GLUED_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (glued.find()) {
            String start = glued.group(2);
            boolean date = Character.isDigit(start.charAt(0)) || Dates.isCalendarWord(start);
            glued.appendReplacement(out, Matcher.quoteReplacement(glued.group(1) + (date ? " " : "") + start));
        }
        glued.appendTail(out);
        return out.toString();
    }

    private static List<Byline> namedPart(String text, Pattern separators) {
        String line = COMMENT_PROMPT.matcher(Text.clean(text)).replaceFirst("");
        if (line.length() > Bylines.MAX_NAMES_AND_DATE_CHARS) {
            return List.of();
        }
        String marked = Bylines.NUMERIC_DATE.matcher(Dates.markDates(line, DATE_MARK)).replaceAll(DATE_MARK);
        if (marked.equals(line)) {
            return List.of(); // no date
        }
        String name = null;
        Matcher separator = separators.matcher(marked);
        int start = 0;
        boolean afterBareDate = false;
        while (true) {
            boolean found = separator.find();
            String part = marked.substring(start, found ? separator.start() : marked.length());
            boolean dated = part.contains(DATE_MARK);
            String rest = withoutDateWords(TIMES.matcher(part.replace(DATE_MARK, " ")).replaceAll(" "));
            if (!rest.isEmpty()) {
                if (!dated && Bylines.isPlainName(rest) && Boilerplate.classify(rest, Boilerplate.Place.EDGE) == null) {
                    if (name != null || afterBareDate && Text.spacedWords(rest) > 2) {
                        // two names; or "30. Oktober 2023 Anna Berg Kultur", where a section may run into the name
                        return List.of();
                    }
                    name = rest;
                } else if (Text.spacedWords(rest) > MAX_LABEL_WORDS) {
                    return List.of(); // a sentence, not a label or a counter ("1 Kommentar", "5 Min Read")
                }
            }
            if (!found) {
                break;
            }
            afterBareDate = separator.group().strip().equals(DATE_MARK);
            start = separator.end();
        }
        return name != null ? Bylines.read(name) : List.of();
    }

    /** A part without the date line's words at its ends ("Stand:", "am", "Uhr"). */
    private static String withoutDateWords(String part) {
        String[] words = Text.SPACE_RUNS.split(part.strip());
        int start = 0;
        int end = words.length;
        while (start < end && Dates.isDateLineWord(words[start])) {
            start++;
        }
        while (end > start && Dates.isDateLineWord(words[end - 1])) {
            end--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, start, end)).strip();
    }
}

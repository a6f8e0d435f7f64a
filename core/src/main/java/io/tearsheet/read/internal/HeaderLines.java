package io.tearsheet.read.internal;

import io.tearsheet.model.Byline;
import io.tearsheet.read.conventions.Boilerplate;
import io.tearsheet.read.conventions.Bylines;
import io.tearsheet.read.conventions.Dates;
import io.tearsheet.read.conventions.StopWords;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines that stand between a headline and its story without being either: credits ("By VOA News", "AP Sports
 * Writer", "Courtesy: City Athletics", "Article from: Agence France-Presse") and time stamps ("Fri Dec 28, 7:05 AM
 * ET", "1/7/2008, 6:30 p.m."). Looser than the byline and date recognisers, which must read names and days out of a
 * line: these only tell that a line is no headline. Also the shapes a byline takes there besides "By Jane Doe"
 * (another language's opener or a label, an opener alone in its block, a name alone beside the date line), which
 * the locator keeps for the header parser.
 */
final class HeaderLines {
    private static final int MAX_WORDS = 14;
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^(?:by\\b|by:|posted\\b|written\\b|filed\\b|from\\s|courtesy\\b|article from\\b|source\\s*:|credit\\s*:|"
                    + "story by\\b|reporting\\b).*"
                    + "|.*\\b(?:writer|writers|correspondent|correspondents|reporter|reporters|editor|staff|"
                    + "associated press|reuters|agence france-presse|afp|the canadian press|press association)\\.?$");
    private static final Pattern TIME = Pattern.compile("(?i)\\b\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?|h|uhr)?\\b");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b");

    /** A name standing alone as a byline is two to four words. */
    private static final int MAX_NAME_ALONE_WORDS = 4;
    /** A part of a name (between spaces and hyphens) is at most this long; compound nouns are longer. */
    private static final int MAX_NAME_PART_CHARS = 12;
    /** The most words of a byline or a date line read as one. */
    private static final int MAX_BYLINE_OR_DATE_LINE_WORDS = 20;
    /** A credit line is a few words: an opener or a label, and a name or two. */
    private static final int MAX_OPENED_CREDIT_WORDS = 14;
    /** The most words of a date line that ends on a credit's opener ("Veröffentlicht am 21.01.2022, 11:46 Uhr von"). */
    private static final int MAX_DATED_OPENER_WORDS = 12;
    /**
     * A label naming one author, which alone on its line heads the name below it ("Autor", "AUTOR/IN"); other labels
     * alone ("Texte", "Autoren", "Interview") are as often a menu's entries or a kind of story.
     */
    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "(?iu)author|autor(?:in|/in|\\*in|:in)?|auteur|autrice|autore|autora");

    private HeaderLines() {
    }

    /** A byline, a credit or a time stamp: a header line that is no headline. */
    static boolean isHeaderItem(String text, int words) {
        return isBylineOrDateLine(text, words) || words <= MAX_WORDS && (isCredit(text) || isTimeStamp(text));
    }

    /** A byline ("By Jane Doe and John Roe") or a date line ("19.11.2021") read as one, whatever stands near it. */
    static boolean isBylineOrDateLine(String text, int words) {
        return words <= MAX_BYLINE_OR_DATE_LINE_WORDS && (Bylines.readLine(text) != null || Dates.isDateLine(text));
    }

    /** Whether a line is nothing but a credit's opener or label ("Von", "Autor:"), the names to follow in the next block. */
    static boolean isBareOpener(String text) {
        String line = text.strip();
        return Bylines.isBareOpener(line) || line.endsWith(":") && Bylines.isCreditLabel(line);
    }

    /**
     * Whether a line opens a credit whose names follow in the next block: an opener or label ({@link #isBareOpener}),
     * a label without its colon ({@link #isLabelAlone}) or a dated line ending on an opener ({@link #isDatedOpener}).
     */
    static boolean opensNamesBelow(String text, int words) {
        return isBareOpener(text) || isLabelAlone(text, words) || isDatedOpener(text, words);
    }

    /** The people a line under a credit's opener names, as "By" and it would ("Anna Berg and Tom Roe"); else null. */
    static List<Byline> namedUnderOpener(String text) {
        List<Byline> named = Bylines.readLine("By " + text);
        return named != null && !named.isEmpty() && Bylines.namePeople(named) ? named : null;
    }

    /**
     * Whether a line is an author's label alone, without the colon that makes it one in running text ("Autor",
     * "AUTOR/IN"), as a page's byline box sets it above the name.
     */
    static boolean isLabelAlone(String text, int words) {
        return words == 1 && AUTHOR_LABEL.matcher(text.strip()).matches();
    }

    /** Whether a short line holds a date or a time and ends on a credit's opener ("21.01.2022 11:46 von"). */
    static boolean isDatedOpener(String text, int words) {
        String line = text.strip();
        int space = line.lastIndexOf(' ');
        return space > 0 && words <= MAX_DATED_OPENER_WORDS && Bylines.isBareOpener(line.substring(space + 1))
                && isTimeStamp(line);
    }

    /**
     * A line that is a person's name and nothing else ("Anna Berg"): a byline without its opener where a date line
     * stands next to it, as a page's byline markup leaves it.
     */
    static boolean isNameAlone(String text, int words) {
        if (words < 2 || words > MAX_NAME_ALONE_WORDS || !Bylines.looksLikeName(text)
                || Boilerplate.classify(text, Boilerplate.Place.EDGE) != null) {
            return false; // "Related Articles", "Ähnliche Artikel": a label, not a name
        }
        String[] parts = text.strip().split("[\\s-]+");
        if (StopWords.isCommonFunctionWord(parts[0])) {
            return false; // "From Harbour Wiki", "Die Redaktion": no name opens with a function word
        }
        for (String part : parts) {
            if (part.length() > MAX_NAME_PART_CHARS) {
                return false; // "Qualifikationsprüfung Energieberatung": nouns, not names
            }
        }
        List<Byline> named = Bylines.read(text);
        return named.size() == 1 && named.get(0).name().equals(text.strip()) && Bylines.namePeople(named);
    }

    /**
     * A line that opens as a credit in a way running text may not (see {@link Bylines#readLine}) and names people:
     * another language's opener ("Von Anna Berg", "Par Jeanne Roux"), a label ("Text: Anna Berg"), "By" run into
     * the name ("ByAnna Berg").
     */
    static boolean isOpenedCredit(String text, int words) {
        return openedCredit(text, words) != null;
    }

    /** The credits of a line that {@link #isOpenedCredit opens as a credit}, or null for any other line. */
    static List<Byline> openedCredit(String text, int words) {
        if (words > MAX_OPENED_CREDIT_WORDS || !Bylines.opensAsCredit(text)) {
            return null;
        }
        List<Byline> named = Bylines.read(text);
        return !named.isEmpty() && Bylines.namePeople(named) ? named : null;
    }

    static boolean isCredit(String text) {
        return CREDIT.matcher(text).matches();
    }

    /** A short line holding a date or a clock time and little else. */
    static boolean isTimeStamp(String text) {
        if (!text.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return TIME.matcher(lower).find() || NUMERIC_DATE.matcher(lower).find() || Dates.written(text).isPresent();
    }
}

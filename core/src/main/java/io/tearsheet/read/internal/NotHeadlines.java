package io.tearsheet.read.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that no page prints as its headline, whatever the headline model would make of them: web addresses, e-mail
 * addresses and markup shown as text (an embed code, an attribute), lines that open on a symbol ("& Jane Doe,
 * Director"), and the items of a numbered list ("2. The biological background") when the page numbers their
 * neighbours too, captions that end on their picture's credit ("… (Foto: dpa)"), and lines of nothing but
 * bracketed items, as text browsers show pictures and form fields ("[svg][image2]", "[Select a country * ]"), lines
 * with a form's empty field ("Search for: [ ] [Search]"), and bylines and date lines ("Von Anna Berg und Jan
 * Roth", "By Jane Doe and John Roe", "19.11.2021").
 */
final class NotHeadlines {
    private static final Pattern MARKUP = Pattern.compile(
            "://|\\bwww\\.|pic\\.twitter\\.com|[\\w.+-]@[\\w-]+\\.\\w|<[a-zA-Z/!]|=[\"“”']");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2})[.)]\\s+\\S.*");
    /** A picture's credit closing the line: a caption ("… innerhalb der Bundesregierung. (Foto: dpa)"). */
    private static final Pattern PICTURE_CREDIT = Pattern.compile("(?iu)\\((?:foto|fotos|bild|bildquelle|photo|photos"
            + "|photograph|image|picture|credit|crédit photo|imagen|immagine)\\s*:[^()]{1,80}\\)\\s*$");
    /** Bracketed items and nothing else: pictures and controls as a text browser shows them. */
    private static final Pattern BRACKETED_ONLY = Pattern.compile("(?:\\[[^\\[\\]]*\\]\\s*)+");
    /** What may open a headline that is not a letter or digit: quotation marks, brackets, inverted marks. */
    private static final String OPENERS = "\"“”„«»‘’‚'([{¿¡*#";

    private final List<PageUnit> units;
    /** Items of a numbered list whose neighbours are numbered too. */
    private final boolean[] listItems;

    private NotHeadlines(List<PageUnit> units, boolean[] listItems) {
        this.units = units;
        this.listItems = listItems;
    }

    /** The page's units that cannot be its headline. */
    static NotHeadlines of(List<PageUnit> units) {
        Set<Integer> numbers = new HashSet<>();
        int[] numbered = new int[units.size()];
        for (int i = 0; i < units.size(); i++) {
            Matcher m = NUMBERED.matcher(units.get(i).text());
            numbered[i] = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            if (numbered[i] >= 0) {
                numbers.add(numbered[i]);
            }
        }
        boolean[] listItems = new boolean[units.size()];
        for (int i = 0; i < units.size(); i++) {
            int n = numbered[i];
            listItems[i] = n >= 0 && (numbers.contains(n - 1) || numbers.contains(n + 1));
        }
        return new NotHeadlines(units, listItems);
    }

    /** Whether the unit cannot be the headline; the text is looked at only for the candidates asked about. */
    boolean excludes(int unit) {
        return listItems[unit] || isNoTitle(units.get(unit));
    }

    private static boolean isNoTitle(PageUnit unit) {
        String text = unit.text();
        int first = text.codePointAt(0);
        boolean symbolFirst = !Character.isLetterOrDigit(first) && OPENERS.indexOf(first) < 0;
        return symbolFirst || MARKUP.matcher(text).find() || PICTURE_CREDIT.matcher(text).find()
                || text.charAt(0) == '[' && BRACKETED_ONLY.matcher(text).matches()
                || text.contains("[ ]") || text.contains("[__") // a form's empty field: "Suche nach: [ ] [Suche]"
                || isCreditOrDateLine(unit);
    }

    /** A byline or a date line: the header's items, read as such, never its headline. */
    private static boolean isCreditOrDateLine(PageUnit unit) {
        return HeaderLines.isBylineOrDateLine(unit.text(), unit.words())
                || HeaderLines.isOpenedCredit(unit.text(), unit.words());
    }
}

package io.tearsheet.read.internal;

import java.util.List;
import java.util.Locale;

/**
 * A kicker a page prints on its headline's line ("Olympic Games in Paris Ferries to Carry Drinks Downriver"): a text
 * browser or a text dump runs a heading's kicker and its title together, with no mark between them. The page gives
 * the split away where it prints the title alone on another line, as a breadcrumb trail's last step or a list of
 * its stories does: the words before that title are the kicker.
 *
 * @param kicker the words before the title, without a separator after them
 * @param title  the title as the page prints it alone
 */
record KickerPrefix(String kicker, String title) {
    /** A title printed apart has at least this many words, so that a section's name is not taken for one. */
    private static final int MIN_TITLE_WORDS = 4;
    /** A kicker is a few words. */
    private static final int MAX_KICKER_WORDS = 6;
    /** What a line printing the title alone may hold besides it: a list mark, a text browser's link number. */
    private static final int MAX_MARK_CHARS = 12;

    /**
     * The kicker and title of {@code headline} when a line of {@code page} outside the headline's own (numbered
     * {@code from} to {@code to}) prints the title alone, whatever its case, perhaps as a list's item; not where
     * the line is the whole headline printed again and wrapped before the title. Null otherwise.
     */
    static KickerPrefix find(String headline, List<Line> page, int from, int to) {
        String[] words = headline.strip().split("\\s+");
        for (int cut = 1; cut <= Math.min(MAX_KICKER_WORDS, words.length - MIN_TITLE_WORDS); cut++) {
            String title = String.join(" ", java.util.Arrays.asList(words).subList(cut, words.length));
            if (Character.isLowerCase(title.codePointAt(0))) {
                continue; // a title opens with a capital: "… in Abwesenheit vielleicht" is the line's middle
            }
            if (printedAlone(title, words[cut - 1].toLowerCase(Locale.ROOT), page, from, to)) {
                String kicker = String.join(" ", java.util.Arrays.asList(words).subList(0, cut))
                        .replaceAll("\\s*[:|–—-]$", "").strip();
                return kicker.isEmpty() ? null : new KickerPrefix(kicker, title);
            }
        }
        return null;
    }

    private static boolean printedAlone(String title, String kickerEnd, List<Line> page, int from, int to) {
        String wanted = title.toLowerCase(Locale.ROOT);
        for (int i = 0; i < page.size(); i++) {
            Line line = page.get(i);
            String text = line.text().strip();
            if (line.number() >= from && line.number() <= to || text.length() < title.length()
                    || text.length() > title.length() + MAX_MARK_CHARS) {
                continue;
            }
            String item = LIST_MARK.matcher(text).replaceFirst("").replaceAll("\\s+", " ");
            if (item.toLowerCase(Locale.ROOT).equals(wanted)
                    && (i == 0 || !page.get(i - 1).text().toLowerCase(Locale.ROOT).endsWith(kickerEnd))) {
                return true; // not the whole headline printed again and wrapped before the title's first word
            }
        }
        return false;
    }

    /**
     * A list mark and a text browser's link number before an item: "* [40]Title", and a numbered list's number as
     * lynx prints a breadcrumb trail in an ordered list ("5. Title").
     */
    private static final java.util.regex.Pattern LIST_MARK = java.util.regex.Pattern.compile(
            "^(?:(?:[*+•#-]|\\d{1,3}\\.)\\s+)?(?:\\[\\d+]\\s*)?");
}

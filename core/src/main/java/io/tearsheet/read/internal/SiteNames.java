package io.tearsheet.read.internal;

import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site's name after a page title: "Ferries Return to the River - The Millbrook Courier", "Ferries Return | News".
 * A page's title line carries it; the headline printed on the page does not.
 */
final class SiteNames {
    /** A separator and at most six words after it: what follows a title on its page's title line. */
    private static final Pattern SUFFIX = Pattern.compile("\\s+(?:[-|–—:•·»›]|::)\\s+(\\S+(?:\\s+\\S+){0,5})\\s*$");
    /** The least a title keeps of its words once the site's name is gone. */
    private static final int MIN_TITLE_WORDS = 2;

    private SiteNames() {
    }

    /** Whether {@code rest}, what a title line holds after a headline, is a separator and a site's name. */
    static boolean isSeparator(String rest) {
        Matcher m = SUFFIX.matcher(rest);
        return m.matches() && m.start() == 0;
    }

    /**
     * A page's title line without the site's name, section and other parts after its headline ("Ferries Return to
     * the River - Local News | The Millbrook Courier" is "Ferries Return to the River"): each part after the last
     * separator goes while it does not open in lower case, as the rest of a sentence would, at least two words stay,
     * and the page prints it elsewhere apart from the title ({@code elsewhereOnPage} is asked with the part and the
     * title before it): a site's name stands in its logo, menus and copyright line; a headline's own second half
     * stands only with its first.
     */
    static String strip(String title, BiPredicate<String, String> elsewhereOnPage) {
        String rest = title;
        Matcher m = SUFFIX.matcher(rest);
        while (m.find() && !Character.isLowerCase(m.group(1).codePointAt(0))
                && Words.count(rest.substring(0, m.start())) >= MIN_TITLE_WORDS
                && elsewhereOnPage.test(m.group(1), rest.substring(0, m.start()).strip())) {
            rest = rest.substring(0, m.start()).strip();
            m = SUFFIX.matcher(rest);
        }
        return rest;
    }
}

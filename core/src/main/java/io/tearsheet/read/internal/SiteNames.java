package io.tearsheet.read.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site's name after a page title: "Ferries Return to the River - The Millbrook Courier", "Ferries Return | News".
 * A page's title line carries it; the headline printed on the page does not.
 */
final class SiteNames {
    /** A separator and at most six words after it: what follows a title on its page's title line. */
    private static final Pattern SUFFIX = Pattern.compile("\\s+(?:[-|–—:•·»]|::)\\s+(\\S+(?:\\s+\\S+){0,5})\\s*$");

    private SiteNames() {
    }

    /** Whether {@code rest}, what a title line holds after a headline, is a separator and a site's name. */
    static boolean isSeparator(String rest) {
        Matcher m = SUFFIX.matcher(rest);
        return m.matches() && m.start() == 0;
    }

    /**
     * {@code title} without a site's name after its last separator, when what is left has at least three words; else
     * the title as it is.
     */
    static String strip(String title) {
        Matcher m = SUFFIX.matcher(title);
        if (m.find() && Words.count(title.substring(0, m.start())) >= 3) {
            return title.substring(0, m.start()).strip();
        }
        return title;
    }
}

package io.tearsheet.html.internal;

import java.util.List;

/**
 * Chooses the headline among the places a page keeps it, and cleans the site name off titles
 * ("Tide clocks return | The Harbour Times" gives "Tide clocks return").
 */
final class Headlines {
    private static final String[] SEPARATORS = {" | ", " – ", " — ", " - ", " :: ", " · ", " » ", " / ", " : "};

    /** A title rarely carries more than a section and a site name. */
    private static final int MAX_ROUNDS = 3;

    private Headlines() {
    }

    /**
     * The headline: the declared one (JSON-LD, then Open Graph and kin) with the site name removed, unless the
     * visible {@code <h1>} is the same headline in a cleaner form (the declared one carries the site's name or is cut
     * short with an ellipsis); failing those, the {@code <h1>}, then the {@code <title>}.
     */
    static String choose(String declared, String h1, String title, List<String> siteNames) {
        if (declared != null) {
            String clean = stripSiteName(declared, siteNames);
            if (h1 != null) {
                String declaredKey = Texts.key(clean);
                String h1Key = Texts.key(h1);
                if (!h1Key.isEmpty() && !h1Key.equals(declaredKey)) {
                    boolean declaredHasExtra = declaredKey.contains(h1Key) && h1Key.length() * 2 > declaredKey.length();
                    String cut = clean.replaceAll("(?:…|\\.\\.\\.)\\s*$", "");
                    boolean truncated = cut.length() < clean.length() && h1Key.startsWith(Texts.key(cut));
                    if (declaredHasExtra || truncated) {
                        return h1;
                    }
                }
            }
            return clean;
        }
        if (h1 != null) {
            return h1;
        }
        return title == null ? null : stripSiteName(title, siteNames);
    }

    /** The title without a site name or section label joined to it by a separator. */
    static String stripSiteName(String title, List<String> siteNames) {
        String text = Texts.clean(title);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String stripped = stripOnce(text, siteNames);
            if (stripped.equals(text)) {
                break;
            }
            text = stripped;
        }
        return text;
    }

    private static String stripOnce(String text, List<String> siteNames) {
        for (String separator : SEPARATORS) {
            int at = text.lastIndexOf(separator);
            if (at <= 0) {
                continue;
            }
            String head = text.substring(0, at).strip();
            String tail = text.substring(at + separator.length()).strip();
            if (namesSite(tail, siteNames)) {
                return head;
            }
            int first = text.indexOf(separator);
            String lead = text.substring(0, first).strip();
            if (namesSite(lead, siteNames)) {
                return text.substring(first + separator.length()).strip();
            }
            if (separator.equals(" | ") && Texts.words(tail) <= 4 && Texts.words(head) >= 3) {
                return head;
            }
        }
        return text;
    }

    private static boolean namesSite(String part, List<String> siteNames) {
        String key = Texts.key(part);
        if (key.isEmpty()) {
            return false;
        }
        for (String site : siteNames) {
            String siteKey = Texts.key(site);
            if (!siteKey.isEmpty() && (key.equals(siteKey) || key.contains(siteKey) && key.length() < siteKey.length() + 12
                    || siteKey.contains(key) && key.length() >= 3)) {
                return true;
            }
        }
        return false;
    }
}

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
    /** A site's name set as a heading is a few words long. */
    private static final int MAX_SITE_NAME_WORDS = 4;
    /** Headlines sharing at least this share of their words tell the same story. */
    private static final double SAME_STORY_WORDS = 0.5;

    private Headlines() {
    }

    /**
     * The headline: the visible {@code <h1>} as printed, when it tells the same story as the declared one (JSON-LD,
     * then Open Graph and kin) or the {@code <title>} vouches for it; otherwise the declared one with the site name
     * removed; failing those, the {@code <h1>}, then the {@code <title>}. An {@code <h1>} that only names the site
     * (a logo set as the page's heading) is no headline.
     */
    static String choose(String declared, String h1, String title, List<String> siteNames) {
        return choose(declared, null, h1, title, siteNames);
    }

    /**
     * As {@link #choose(String, String, String, List)}, with the Open Graph title beside the JSON-LD one: an
     * {@code <h1>} that the Open Graph title or the {@code <title>} repeats wins over a JSON-LD or Open Graph value
     * that shares hardly a word with it (a reference site puts its short description there, a press office its
     * section's name).
     */
    static String choose(String jsonLd, String openGraph, String h1, String title, List<String> siteNames) {
        String clean = declared(jsonLd, openGraph, siteNames);
        String visible = h1 == null || isSiteName(h1, siteNames) || namesSiteInTitle(h1, title)
                || namesBlogBeforeDeclared(h1, title, clean) ? null : h1;
        if (clean == null) {
            return visible != null ? visible : title == null ? null : stripSiteName(title, siteNames);
        }
        if (visible == null) {
            return clean;
        }
        String h1Key = Texts.key(visible);
        if (carriesALabel(visible, h1Key, Texts.key(clean))) {
            return clean;
        }
        boolean vouched = agrees(title, h1Key, siteNames) || jsonLd != null && agrees(openGraph, h1Key, siteNames);
        String cut = clean.replaceAll("(?:…|\\.\\.\\.)\\s*$", "");
        boolean truncated = cut.length() < clean.length() && h1Key.startsWith(Texts.key(cut));
        return vouched || truncated || sharedWords(clean, visible) >= SAME_STORY_WORDS ? visible : clean;
    }

    /**
     * The headline the page declares for search and sharing when it differs from the one chosen to print, or null:
     * kept beside the printed one so that neither is lost.
     */
    static String alternative(String chosen, String jsonLd, String openGraph, List<String> siteNames) {
        String clean = declared(jsonLd, openGraph, siteNames);
        if (chosen == null || clean == null) {
            return null;
        }
        return Texts.key(clean).equals(Texts.key(chosen)) ? null : clean;
    }

    /** The declared headline, JSON-LD before Open Graph, without its site name; null when the page declares none. */
    private static String declared(String jsonLd, String openGraph, List<String> siteNames) {
        String declared = jsonLd != null ? jsonLd : openGraph;
        return declared == null ? null : stripSiteName(declared, siteNames);
    }

    /**
     * Whether the heading is the declared headline with a label set before it in the same element, a kicker, a
     * date or a section ("Holocaust Remembrance Day Tide clocks return", "Local News | Tide clocks return"): the
     * element's text runs them together, so the declared headline is the cleaner one. A label joined by a colon
     * ("Heatwave: Hospitals cancel …") is part of the headline as printed.
     */
    private static boolean carriesALabel(String h1, String h1Key, String declaredKey) {
        if (declaredKey.isEmpty() || h1Key.length() <= declaredKey.length() || !h1Key.endsWith(declaredKey)) {
            return false;
        }
        int labelChars = h1Key.length() - declaredKey.length();
        int seen = 0;
        int end = 0;
        while (end < h1.length() && seen < labelChars) {
            int cp = h1.codePointAt(end);
            if (Character.isLetterOrDigit(cp)) {
                seen++;
            }
            end += Character.charCount(cp);
        }
        while (end < h1.length() && !Character.isLetterOrDigit(h1.codePointAt(end))) {
            end += Character.charCount(h1.codePointAt(end));
        }
        String label = h1.substring(0, end).strip();
        return !label.endsWith(":");
    }

    /**
     * Whether a heading is the site's name or part of it, as a logo set in an {@code <h1>} is. Narrower than
     * {@link #namesSite}, which also takes a title part that merely contains the site's name: a headline may.
     */
    private static boolean isSiteName(String h1, List<String> siteNames) {
        String key = Texts.key(h1);
        for (String site : siteNames) {
            String siteKey = Texts.key(site);
            if (key.length() >= 3 && !siteKey.isEmpty() && siteKey.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the {@code <title>} ends with the heading's few words after a separator and a longer part before it,
     * as titles end with the site's name ("What viral marketing is | Dimido Blog" with the heading "Dimido Blog").
     */
    private static boolean namesSiteInTitle(String h1, String title) {
        if (title == null || Texts.words(h1) > MAX_SITE_NAME_WORDS) {
            return false;
        }
        String h1Key = Texts.key(h1);
        String text = Texts.clean(title);
        for (String separator : SEPARATORS) {
            int at = text.lastIndexOf(separator);
            if (at > 0 && Texts.key(text.substring(at + separator.length())).equals(h1Key)
                    && Texts.words(text.substring(0, at)) > Texts.words(h1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the {@code <title>} is the heading's words, a separator, then the declared headline, as a blog titles
     * its posts ("Lighthouse Notes: Why we moved …" with the heading "Lighthouse Notes"): the heading is the blog's.
     */
    private static boolean namesBlogBeforeDeclared(String h1, String title, String declared) {
        if (title == null || declared == null || Texts.words(h1) > MAX_SITE_NAME_WORDS) {
            return false;
        }
        String text = Texts.clean(title);
        for (String separator : PREFIX_SEPARATORS) {
            int first = text.indexOf(separator);
            if (first > 0 && Texts.key(text.substring(0, first)).equals(Texts.key(h1))
                    && Texts.key(text.substring(first + separator.length())).equals(Texts.key(declared))) {
                return true;
            }
        }
        return false;
    }

    /** What parts a blog's name from its post's title where the name comes first. */
    private static final String[] PREFIX_SEPARATORS = {": ", " | ", " – ", " — ", " - ", " :: ", " » "};

    /** The share of the shorter text's words that the other text has too. */
    static double sharedWords(String a, String b) {
        java.util.Set<String> wordsA = wordSet(a);
        java.util.Set<String> wordsB = wordSet(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return 0;
        }
        java.util.Set<String> common = new java.util.HashSet<>(wordsA);
        common.retainAll(wordsB);
        return (double) common.size() / Math.min(wordsA.size(), wordsB.size());
    }

    private static java.util.Set<String> wordSet(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String word : Texts.lower(text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean agrees(String candidate, String h1Key, List<String> siteNames) {
        if (candidate == null || h1Key.isEmpty()) {
            return false;
        }
        String key = Texts.key(stripSiteName(candidate, siteNames));
        return key.equals(h1Key) || key.startsWith(h1Key) || key.endsWith(h1Key);
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
            boolean strongSeparator = separator.equals(" | ") || separator.equals(" – ") || separator.equals(" — ")
                    || separator.equals(" :: ") || separator.equals(" · ") || separator.equals(" » ");
            if (strongSeparator && Texts.words(tail) <= 3 && Texts.words(head) >= 4) {
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

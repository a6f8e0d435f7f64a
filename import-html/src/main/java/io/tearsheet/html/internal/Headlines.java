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
    /** Headlines sharing at least this share of their words tell the same story. */
    private static final double SAME_STORY_WORDS = 0.5;

    private Headlines() {
    }

    /**
     * The headline: the declared one (JSON-LD, then Open Graph and kin) with the site name removed, unless the
     * visible {@code <h1>} is the same headline in a cleaner form (the declared one carries the site's name or is cut
     * short with an ellipsis); failing those, the {@code <h1>}, then the {@code <title>}.
     */
    static String choose(String declared, String h1, String title, List<String> siteNames) {
        return choose(declared, null, h1, title, siteNames);
    }

    /**
     * As {@link #choose(String, String, String, List)}, with the Open Graph title beside the JSON-LD one: when the
     * visible {@code <h1>} agrees with the Open Graph title or the {@code <title>} and the JSON-LD headline shares
     * hardly a word with it, the JSON-LD value is some other field (a reference site puts its short description
     * there). A JSON-LD headline that tells the same story in other words still wins, as the order of trust says.
     */
    static String choose(String jsonLd, String openGraph, String h1, String title, List<String> siteNames) {
        if (jsonLd != null && h1 != null) {
            String h1Key = Texts.key(h1);
            boolean othersAgree = agrees(openGraph, h1Key, siteNames) || agrees(title, h1Key, siteNames);
            if (othersAgree && sharedWords(jsonLd, h1) < SAME_STORY_WORDS) {
                return h1;
            }
        }
        String declared = jsonLd != null ? jsonLd : openGraph;
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

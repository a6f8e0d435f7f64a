package io.tearsheet.read.internal;


import java.util.List;

/**
 * What the locator measures of each unit near the top of the body to find the headline: how a title reads (a few
 * capitalised words, no closing full stop), what stands around it (a byline or a date under it, a kicker above), how
 * far it stands from the body, and whether the page repeats it in its title line. {@link HeadlineModel} weighs them;
 * {@link #NAMES} names them in order, as the model's file does.
 */
public final class HeadlineFeatures {
    /** The features' names, in the order of {@link #of}'s vectors. */
    public static final List<String> NAMES = List.of("bias", "words", "few-words", "many-words", "title-case",
            "ends-full-stop", "ends-question", "ends-colon", "starts-lower", "all-caps", "digits", "separators",
            "furniture", "credit", "time-stamp", "repeats-title-line", "repeated", "distance", "log-chars-between",
            "title-like-rank", "next-is-header-item", "next-is-deck", "prev-is-kicker", "prose", "links",
            "label-colon", "page-top", "inside-body", "word-length", "body-overlap", "ends-exclamation",
            "prompt", "set-apart", "heads-deck", "heads-menu");
    /** Words that open a prompt to the reader ("Please support…", "Click here…"), never a headline. */
    private static final java.util.Set<String> PROMPTS = java.util.Set.of("please", "click", "tap", "subscribe",
            "sign", "log", "join", "follow", "share", "download", "register", "watch", "listen", "see", "view", "read",
            "browse", "create", "get", "send", "email", "print", "support", "donate", "advertise", "contact");
    /** How much of the body's start is compared with a candidate's words. */
    private static final int BODY_SAMPLE_UNITS = 6;

    /** The fewest words of a headline over its deck. */
    private static final int MIN_HEADLINE_WORDS = 5;

    /** How many menu items under a line make it a menu's first item. */
    private static final int MENU_ITEMS = 3;
    /** The most words of a menu's item. */
    private static final int MAX_MENU_ITEM_WORDS = 4;

    /** Units above the body's first unit that may hold the headline. */
    static final int WINDOW = 40;

    private HeadlineFeatures() {
    }

    /** The feature vector of unit {@code i} as a headline for a body starting at unit {@code bodyStart}. */
    static double[] of(PageLocator.Analysis page, int i, int bodyStart, int rank, long charsBetween,
                       java.util.Set<String> bodyWords) {
        List<PageUnit> units = page.units();
        PageUnit unit = units.get(i);
        String text = unit.text();
        int words = unit.words();
        char last = text.charAt(text.length() - 1);
        double[] prose = page.prose();
        PageUnit next = i + 1 < units.size() ? units.get(i + 1) : null;
        PageUnit prev = i > 0 ? units.get(i - 1) : null;
        return new double[] {
            1,
            Math.min(words, 30) / 10.0,
            words < 4 ? 1 : 0,
            words > 20 ? 1 : 0,
            titleCase(text),
            last == '.' ? 1 : 0,
            last == '?' || last == '!' ? 1 : 0,
            last == ':' || last == ',' || last == ';' ? 1 : 0,
            Character.isLowerCase(text.codePointAt(0)) ? 1 : 0,
            Words.isAllCaps(text, 3) ? 1 : 0,
            (double) text.chars().filter(Character::isDigit).count() / Math.max(1, unit.chars()),
            hasSeparator(text) ? 1 : 0,
            page.furniture()[i] != null ? 1 : 0,
            words <= 14 && HeaderLines.isCredit(text) ? 1 : 0,
            words <= 14 && HeaderLines.isTimeStamp(text) ? 1 : 0,
            PageLocator.repeatsTitleLine(units, i) ? 1 : 0,
            page.repeated()[i] ? 1 : 0,
            Math.min(Math.abs(bodyStart - i), 25) / 5.0,
            Math.log1p(charsBetween),
            Math.min(rank, 5),
            next != null && next.headerItem() ? 1 : 0,
            next != null && PageLocator.isDeckLike(next) ? 1 : 0,
            prev != null && prev.words() <= 6 && Words.isAllCaps(prev.text(), 3) ? 1 : 0,
            prose[i],
            unit.links() > 0 ? 1 : 0,
            isLabel(text) ? 1 : 0,
            i < PageLocator.TITLE_LINE_REACH ? 1 : 0,
            i >= bodyStart ? 1 : 0,
            Math.min(15, (double) unit.chars() / Math.max(1, words)),
            overlap(text, bodyWords, page.stopWords()),
            last == '!' ? 1 : 0,
            PROMPTS.contains(firstWord(text)) ? 1 : 0,
            page.layout().setApart(i, Math.min(bodyStart, units.size() - 1)) ? 1 : 0,
            headsDeck(page, i) ? 1 : 0,
            headsMenu(page, i) ? 1 : 0,
        };
    }

    /**
     * Whether a longer line and then a byline or a date line follow the unit, itself a title of five words or more:
     * the headline over its deck, where the deck, not the headline, stands right above the header's items.
     */
    private static boolean headsDeck(PageLocator.Analysis page, int i) {
        List<PageUnit> units = page.units();
        if (i + 2 >= units.size() || page.furniture()[i + 1] != null) {
            return false;
        }
        PageUnit headline = units.get(i);
        PageUnit deck = units.get(i + 1);
        PageUnit item = units.get(i + 2);
        return headline.words() >= MIN_HEADLINE_WORDS && isTitleLike(headline) && deck.words() > headline.words()
                && !hasSeparator(headline.text()) && !headline.text().contains(" / ")
                && deck.links() == 0
                && !deck.headerItem()
                && item.headerItem();
    }

    /**
     * Whether the unit's next three are items of a menu: a few words each, no digits, no sentence, neither a byline nor
     * a date line. A headline has its deck, its byline or the story under it; a menu's first item has the others.
     */
    private static boolean headsMenu(PageLocator.Analysis page, int i) {
        List<PageUnit> units = page.units();
        if (i + MENU_ITEMS >= units.size()) {
            return false;
        }
        for (int k = i + 1; k <= i + MENU_ITEMS; k++) {
            PageUnit unit = units.get(k);
            if (page.furniture()[k] != null || unit.words() > MAX_MENU_ITEM_WORDS || unit.endsSentence()
                    || unit.links() > 0 || unit.text().startsWith("[") // a text browser's controls and buttons
                    || unit.text().chars().anyMatch(Character::isDigit)
                    || unit.headerItem() || HeaderLines.isBareOpener(unit.text())) {
                return false;
            }
        }
        return true;
    }

    /** The lower-case words of the body's first units, to see which of a candidate's words the story uses. */
    static java.util.Set<String> bodyWords(List<PageUnit> units, int bodyStart) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (int i = bodyStart; i < Math.min(units.size(), bodyStart + BODY_SAMPLE_UNITS); i++) {
            contentWords(units.get(i).text(), words); // into the set: no list per unit
        }
        return words;
    }

    /** The share of a candidate's content words (not function words, three letters or more) the body uses. */
    private static double overlap(String text, java.util.Set<String> bodyWords,
                                  io.tearsheet.read.conventions.StopWords stopWords) {
        int content = 0;
        int shared = 0;
        for (String word : contentWords(text, new java.util.ArrayList<>())) {
            if (stopWords.contains(word)) {
                continue;
            }
            content++;
            if (bodyWords.contains(word)) {
                shared++;
            }
        }
        return content == 0 ? 0 : (double) shared / content;
    }

    /** Adds the lower-case words of three letters or more of {@code text} to {@code words}, and returns it. */
    private static <C extends java.util.Collection<String>> C contentWords(String text, C words) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else {
                if (word.length() >= 3) {
                    words.add(word.toString());
                }
                word.setLength(0);
            }
        }
        return words;
    }

    private static String firstWord(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether a unit that is no known furniture may be a headline at all: a few words, some letters. */
    static boolean isCandidate(PageUnit unit) {
        return unit.words() >= 1 && unit.words() <= 40 && unit.hasLetter();
    }

    /** Whether a unit reads as a title: a few words, no closing full stop or colon. */
    static boolean isTitleLike(PageUnit unit) {
        String text = unit.text();
        char last = text.charAt(text.length() - 1);
        return unit.words() >= 3 && unit.words() <= 30 && last != '.' && last != ':' && last != ','
                && !Character.isLowerCase(text.codePointAt(0));
    }

    private static double titleCase(String text) {
        int capitalised = 0;
        int lettered = 0;
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                wordStart = true;
                continue;
            }
            if (wordStart && Character.isLetter(c)) {
                lettered++;
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    capitalised++;
                }
            }
            wordStart = false;
        }
        return lettered == 0 ? 0 : (double) capitalised / lettered;
    }

    private static boolean hasSeparator(String text) {
        return text.contains(" | ") || text.contains(" · ") || text.contains(" • ") || text.contains("»")
                || text.contains(" > ");
    }

    private static boolean isLabel(String text) {
        int colon = text.indexOf(':');
        return colon > 0 && colon <= 20 && Words.count(text.substring(0, colon)) <= 2;
    }
}

package io.tearsheet.read.conventions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines of site furniture that scraped pages carry around and among an article's paragraphs: paywall and
 * subscribe prompts, share bars, cookie notices, "Advertisement", related links, copyright and "Source:" footers,
 * reading aids. Each is named by the {@link RemovalReason} it is recorded with.
 *
 * <p>Whether a line is furniture depends on where it stands ({@link Place}): "Related stories" or "Home" is
 * furniture above or below an article but may be words of it in between; "Advertisement" is furniture
 * anywhere. The phrases are data ({@code boilerplate.txt}, {@code share-words.txt}, {@code share-targets.txt},
 * {@code language-names.txt} beside this class), matched against whole lines only: they describe what a button,
 * a prompt or a footer says, never what a sentence might say in passing, so "Subscribers to the ferry pass said
 * …" is no subscribe prompt.
 *
 * <pre>{@code
 * Boilerplate.classify("Advertisement", Place.LINE);       // ADVERTISEMENT
 * Boilerplate.classify("Related stories", Place.EDGE);     // RELATED
 * Boilerplate.classify("Related stories", Place.PARAGRAPH); // null: may be a subheading
 * }</pre>
 */
public final class Boilerplate {
    /** Lines longer than this are article text, whatever they say. */
    static final int MAX_EDGE_LENGTH = 400;
    /** Lines longer than this are article text where they stand among the paragraphs. */
    static final int MAX_TEXT_LENGTH = 300;
    /** Cheap bound before normalising: text this long cannot normalise to a short line. */
    private static final int MAX_RAW_LENGTH = 4 * MAX_EDGE_LENGTH;

    /** Where a line stands, which decides how sure a recogniser must be. */
    public enum Place {
        /** Any line, even one that continues a paragraph: only labels that no sentence is made of. */
        LINE,
        /** A whole paragraph among the article's paragraphs: prompts and labels, not headings of link lists. */
        PARAGRAPH,
        /** Among the lines above the headline or below the last paragraph: every kind of furniture. */
        EDGE
    }

    private Boilerplate() {
    }

    /**
     * What kind of furniture a line is where it stands, or null when it may be article text (or is too long to be
     * furniture). The line may hold any whitespace; case, curly apostrophes and bullets at its ends do not matter.
     */
    public static RemovalReason classify(String line, Place place) {
        if (line == null || line.isEmpty() || line.length() > MAX_RAW_LENGTH) {
            return null;
        }
        String normal = normalize(line);
        if (normal.isEmpty() || normal.length() > MAX_EDGE_LENGTH) {
            return null;
        }
        int words = Text.spacedWords(normal);
        boolean shortLine = normal.length() <= MAX_TEXT_LENGTH;
        for (Group group : Data.GROUPS) {
            if (group.matches(normal, words, place, shortLine)) {
                return group.reason;
            }
        }
        return null;
    }

    /** Lower case, ASCII apostrophes and quotation marks, single spaces, no bullets or separators at either end. */
    static String normalize(String line) {
        String clean = Text.clean(line);
        StringBuilder out = new StringBuilder(clean.length());
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '`' -> out.append('\'');
                case '\u201C', '\u201D' -> out.append('"');
                default -> out.append(c);
            }
        }
        String text = out.toString().toLowerCase(Locale.ROOT);
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == ' ' || "•·*>-|›»→▶►".indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == ' ' || "›»→▶►•·|".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Two or more language names and nothing else (separators aside): a menu of translations. */
    static boolean isLanguageList(String normal) {
        int names = 0;
        for (int start = nextToken(normal, 0); start < normal.length(); start = nextToken(normal, start)) {
            int end = tokenEnd(normal, start);
            if (!Data.LANGUAGE_NAMES.contains(normal.substring(start, end))) {
                return false;
            }
            names++;
            start = end;
        }
        return names >= 2;
    }

    /** At most twelve share words, one of them naming a button: a row of share buttons. */
    static boolean isShareBar(String normal) {
        int tokens = 0;
        boolean target = false;
        for (int start = nextToken(normal, 0); start < normal.length(); start = nextToken(normal, start)) {
            int end = tokenEnd(normal, start);
            String token = normal.substring(start, end);
            if (++tokens > 12 || !Data.SHARE_WORDS.contains(token)) {
                return false;
            }
            target |= Data.SHARE_TARGETS.contains(token);
            start = end;
        }
        return target;
    }

    /** Where the next token of a menu line starts at or after {@code from}; the text's length when none does. */
    private static int nextToken(String text, int from) {
        while (from < text.length() && isMenuSeparator(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int tokenEnd(String text, int start) {
        int end = start;
        while (end < text.length() && !isMenuSeparator(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** What separates the entries of a menu line: ASCII whitespace, bars, dots, slashes, commas and colons. */
    private static boolean isMenuSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || "|·•/,:".indexOf(c) >= 0;
    }

    /** The rules of one reason: its special recognisers and the pattern groups of boilerplate.txt. */
    private static final class Group {
        final RemovalReason reason;
        final List<Rule> rules = new ArrayList<>();

        Group(RemovalReason reason) {
            this.reason = reason;
        }

        boolean matches(String normal, int words, Place place, boolean shortLine) {
            if (shortLine && reason == RemovalReason.SHARE && isShareBar(normal)) {
                return true;
            }
            if (place == Place.EDGE && reason == RemovalReason.TRANSLATION && isLanguageList(normal)) {
                return true;
            }
            for (Rule rule : rules) {
                if (rule.matches(normal, words, place, shortLine)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * One group header of boilerplate.txt and its patterns, joined into one alternation. Each thread keeps one
     * matcher per rule: every line of every page is tried against every rule.
     */
    private record Rule(Place place, int maxWords, List<String> needs, ThreadLocal<Matcher> matcher) {
        Rule(Place place, int maxWords, List<String> needs, Pattern pattern) {
            this(place, maxWords, needs, ThreadLocal.withInitial(() -> pattern.matcher("")));
        }

        boolean matches(String normal, int words, Place where, boolean shortLine) {
            if (place.compareTo(where) > 0 || place != Place.EDGE && !shortLine || words > maxWords) {
                return false;
            }
            return (needs.isEmpty() || holdsAny(normal)) && matcher.get().reset(normal).matches();
        }

        private boolean holdsAny(String normal) {
            for (String need : needs) {
                if (normal.contains(need)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The lists, read once when a line is first classified. */
    private static final class Data {
        static final Set<String> SHARE_WORDS = WordLists.set("share-words.txt");
        static final Set<String> SHARE_TARGETS = WordLists.set("share-targets.txt");
        static final Set<String> LANGUAGE_NAMES = WordLists.set("language-names.txt");
        static final List<Group> GROUPS = groups(WordLists.lines("boilerplate.txt"));

        private Data() {
        }

        /** Reads the {@code [reason place (max-words N) (needs A|B)]} headers and the patterns under them. */
        private static List<Group> groups(List<String> lines) {
            Map<RemovalReason, Group> groups = new LinkedHashMap<>();
            Group group = null;
            String header = null;
            List<String> patterns = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("[") && line.endsWith("]")) {
                    addRule(group, header, patterns);
                    header = line.substring(1, line.length() - 1).strip();
                    RemovalReason reason = RemovalReason.ofLabel(header.split("\\s+")[0]);
                    if (reason == null) {
                        throw new IllegalStateException("boilerplate.txt: no such removal reason in " + line);
                    }
                    group = groups.computeIfAbsent(reason, Group::new);
                    patterns = new ArrayList<>();
                } else if (group == null) {
                    throw new IllegalStateException("boilerplate.txt: a pattern before the first group: " + line);
                } else {
                    patterns.add(line);
                }
            }
            addRule(group, header, patterns);
            return List.copyOf(groups.values());
        }

        private static void addRule(Group group, String header, List<String> patterns) {
            if (group == null || patterns.isEmpty()) {
                return;
            }
            List<String> needs = List.of();
            int at = header.indexOf(" needs ");
            if (at >= 0) {
                needs = List.of(header.substring(at + " needs ".length()).strip().split("\\s*\\|\\s*"));
                header = header.substring(0, at);
            }
            String[] words = header.strip().split("\\s+");
            int maxWords = Integer.MAX_VALUE;
            if (words.length == 4 && words[2].equals("max-words")) {
                maxWords = Integer.parseInt(words[3]);
            } else if (words.length != 2) {
                throw new IllegalStateException("boilerplate.txt: bad group header [" + header + "]");
            }
            Place place = Place.valueOf(words[1].toUpperCase(Locale.ROOT));
            group.rules.add(new Rule(place, maxWords, needs,
                    Pattern.compile("(?:" + String.join(")|(?:", patterns) + ")")));
        }
    }
}

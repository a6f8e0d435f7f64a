package io.tearsheet.read.conventions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
        // each step returns its input when it has nothing to change: most lines are copied once, to lower case
        String text = straightQuotes(Text.clean(line)).toLowerCase(Locale.ROOT);
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

    private static String straightQuotes(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char straight = switch (c) {
                case '\u2018', '\u2019', '`' -> '\'';
                case '\u201C', '\u201D' -> '"';
                default -> c;
            };
            if (straight != c) {
                chars = chars == null ? text.toCharArray() : chars;
                chars[i] = straight;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** Two or more language names and nothing else (separators aside): a menu of translations. */
    static boolean isLanguageList(String normal) {
        int names = 0;
        for (int start = nextToken(normal, 0); start < normal.length(); start = nextToken(normal, start)) {
            int end = tokenEnd(normal, start);
            if (Data.LANGUAGE_NAMES.get(normal, start, end) == null) {
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
            if (++tokens > 12 || Data.SHARE_WORDS.get(normal, start, end) == null) {
                return false;
            }
            target |= Data.SHARE_TARGETS.get(normal, start, end) != null;
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
            for (int i = 0; i < rules.size(); i++) { // by index: no iterator per line and group
                if (rules.get(i).matches(normal, words, place, shortLine)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * One group header of boilerplate.txt and its patterns. Every line of every page is tried against every rule, so
     * the patterns are joined into alternations by the character their matches can start with ({@link FirstChars}):
     * a line is tried only against the phrases that can start with its first character, and against those whose
     * start is not plain. Each thread keeps one matcher per alternation.
     */
    private record Rule(Place place, int maxWords, List<String> needs, char[] firsts, List<ThreadLocal<Matcher>> byFirst,
                        ThreadLocal<Matcher> rest) {

        static Rule of(Place place, int maxWords, List<String> needs, List<String> patterns) {
            Map<Character, List<String>> byChar = new TreeMap<>();
            List<String> other = new ArrayList<>();
            for (String pattern : patterns) {
                Set<Character> starts = FirstChars.of(pattern);
                if (starts == null) {
                    other.add(pattern);
                } else {
                    starts.forEach(c -> byChar.computeIfAbsent(c, k -> new ArrayList<>()).add(pattern));
                }
            }
            char[] firsts = new char[byChar.size()];
            List<ThreadLocal<Matcher>> byFirst = new ArrayList<>();
            int i = 0;
            for (Map.Entry<Character, List<String>> entry : byChar.entrySet()) {
                firsts[i++] = entry.getKey();
                byFirst.add(matcher(entry.getValue()));
            }
            return new Rule(place, maxWords, needs, firsts, List.copyOf(byFirst),
                    other.isEmpty() ? null : matcher(other));
        }

        private static ThreadLocal<Matcher> matcher(List<String> patterns) {
            Pattern pattern = Pattern.compile("(?:" + String.join(")|(?:", patterns) + ")");
            return ThreadLocal.withInitial(() -> pattern.matcher(""));
        }

        boolean matches(String normal, int words, Place where, boolean shortLine) {
            if (place.compareTo(where) > 0 || place != Place.EDGE && !shortLine || words > maxWords) {
                return false;
            }
            if (!needs.isEmpty() && !holdsAny(normal)) {
                return false;
            }
            int first = Arrays.binarySearch(firsts, normal.charAt(0));
            return first >= 0 && byFirst.get(first).get().reset(normal).matches()
                    || rest != null && rest.get().reset(normal).matches();
        }

        private boolean holdsAny(String normal) {
            for (int i = 0; i < needs.size(); i++) {
                if (normal.contains(needs.get(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The lists, read once when a line is first classified. */
    private static final class Data {
        static final WordTable<Boolean> SHARE_WORDS = lowerCased("share-words.txt");
        static final WordTable<Boolean> SHARE_TARGETS = lowerCased("share-targets.txt");
        static final WordTable<Boolean> LANGUAGE_NAMES = lowerCased("language-names.txt");
        static final List<Group> GROUPS = groups(WordLists.lines("boilerplate.txt"));

        private Data() {
        }

        /**
         * A list looked up in place in a normalised (lower-cased) line. Its entries are lower-cased as the line is, so
         * that an entry is found exactly when the line's token equals it.
         */
        private static WordTable<Boolean> lowerCased(String file) {
            Set<String> words = new HashSet<>();
            for (String word : WordLists.set(file)) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
            return WordTable.of(words);
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
            group.rules.add(Rule.of(place, maxWords, needs, patterns));
        }
    }
}

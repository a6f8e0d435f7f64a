package io.tearsheet.read.internal;

import io.tearsheet.model.Byline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author credits in their common shapes: "By Jane Doe", "By JANE DOE, Staff writer", "By Jane Doe and John Roe",
 * "Jane Doe and John Roe | Reuters", "By DANIEL KOVAC Associated Press" (name in capitals, agency after it).
 * Names printed in capitals are given ordinary case; what follows the names is the role of every one of them.
 */
public final class BylineParser {
    private static final int MAX_WORDS = 18;
    private static final Pattern BY = Pattern.compile("(?i)^(?:by|written by|words by|story by)\\s+(.+)$");
    private static final Set<String> PARTICLES = Set.of("de", "da", "das", "del", "della", "der", "den", "di", "do",
            "dos", "du", "la", "le", "van", "von", "bin", "binti", "al", "el", "y", "ten", "ter");
    /** Words that make ", <role>" a credit even without "By". */
    private static final Pattern ROLE_WORD = Pattern.compile("(?i).*\\b(?:writer|reporter|correspondent|editor|"
            + "contributor|columnist|staff|bureau|critic|chief|special to|associated press|reuters|afp|bloomberg)\\b.*");

    private BylineParser() {
    }

    /** The credits on this line, or null when it is not a byline. */
    public static List<Byline> parse(String line) {
        String text = line.strip();
        if (text.isEmpty() || Words.count(text) > MAX_WORDS || text.endsWith(".") && !text.endsWith(" Jr.")) {
            return null;
        }
        Matcher by = BY.matcher(text);
        boolean prefixed = by.matches();
        String rest = prefixed ? by.group(1).strip() : text;
        String names;
        String role;
        int pipe = indexOfSeparator(rest);
        if (pipe >= 0) {
            names = rest.substring(0, pipe).strip();
            role = rest.substring(pipe + 1).strip();
        } else if (prefixed && rest.indexOf(',') < 0 && capsNameLength(rest) > 0) {
            int end = capsNameLength(rest);
            names = rest.substring(0, end).strip();
            role = rest.substring(end).strip();
        } else {
            int comma = firstNonNameSegment(rest);
            if (comma == -2) {
                return null;
            }
            names = comma < 0 ? rest : rest.substring(0, comma).strip();
            role = comma < 0 ? null : rest.substring(comma + 1).strip();
            if (!prefixed && (role == null || !ROLE_WORD.matcher(role).matches())) {
                return null;
            }
        }
        if (!prefixed && pipe < 0 && role == null) {
            return null;
        }
        names = stripPlace(names);
        List<String> people = splitNames(names);
        if (people == null) {
            return null;
        }
        List<Byline> bylines = new ArrayList<>(people.size());
        for (String person : people) {
            String name = Words.isAllCaps(person, 2) ? NameCase.titleCase(person) : person;
            bylines.add(new Byline(name, role == null || role.isBlank() ? null : role));
        }
        return bylines;
    }

    private static int indexOfSeparator(String text) {
        int pipe = text.indexOf('|');
        if (pipe >= 0) {
            return pipe;
        }
        int slash = text.indexOf(" / ");
        return slash >= 0 ? slash + 1 : -1;
    }

    /** Length of a leading run of two or more words in capitals followed by a mixed-case word, or 0. */
    private static int capsNameLength(String text) {
        String[] words = text.split(" ");
        int count = 0;
        int length = 0;
        for (String word : words) {
            if (!Words.isAllCaps(word, 1) || word.equalsIgnoreCase("and")) {
                if (word.equalsIgnoreCase("and") && count > 0) {
                    length += word.length() + 1;
                    continue;
                }
                break;
            }
            count++;
            length += word.length() + 1;
        }
        return count >= 2 && count < words.length ? length - 1 : 0;
    }

    /** Index of the comma after which the text stops being a list of names, or -1. */
    private static int firstNonNameSegment(String text) {
        int start = 0;
        while (true) {
            int comma = text.indexOf(',', start);
            String segment = (comma < 0 ? text.substring(start) : text.substring(start, comma)).strip();
            if (ROLE_WORD.matcher(segment).matches()
                    || splitNames(stripPlace(segment.replaceFirst("^(?i)and\\s+", ""))) == null) {
                return start == 0 ? -2 : start - 1;
            }
            if (comma < 0) {
                return -1;
            }
            start = comma + 1;
        }
    }

    /** "Jane Doe in London" → "Jane Doe". */
    private static String stripPlace(String names) {
        return names.replaceFirst("\\s+(?:in|at|for)\\s+\\p{Lu}.*$", "");
    }

    private static List<String> splitNames(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split("\\s*(?:,|\\band\\b|\\bAND\\b|&)\\s*");
        List<String> names = new ArrayList<>();
        for (String part : parts) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!isPersonName(name)) {
                return null;
            }
            names.add(name);
        }
        return names.isEmpty() ? null : names;
    }

    static boolean isPersonName(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0 && PARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            for (int k = 1; k < word.length(); k++) {
                char c = word.charAt(k);
                if (!(Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.')) {
                    return false;
                }
            }
        }
        return true;
    }
}

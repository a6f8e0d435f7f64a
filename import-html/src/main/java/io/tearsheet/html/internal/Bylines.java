package io.tearsheet.html.internal;

import io.tearsheet.model.Byline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author credits in the shapes pages write them: "By JANE DOE and John Roe, Staff writers",
 * "Jane Doe | Reuters", "Jane Doe, Ann Poe and Lee Chu". Names in capitals are set in title case; what follows the
 * names (a job, a desk, an agency) becomes the role.
 */
public final class Bylines {
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:written|words|story|text|reporting|report|photos?|photographs?|pictures|photography"
                    + "|illustrations?|interview)\\s+)?(?:by|par|von|por|door)\\s*:?\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_DATE = Pattern.compile(
            "\\s*(?:[|•·,–—-]\\s*)?\\b(?:published|updated|posted|last updated|modified)\\b.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCATION = Pattern.compile("\\s+in\\s+\\p{Lu}[\\p{L}.' -]*$");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*|;\\s*)\\s*");
    private static final Set<String> ROLE_WORDS = Set.of("writer", "writers", "reporter", "reporters",
            "correspondent", "correspondents", "editor", "editors", "staff", "contributor", "contributors",
            "columnist", "bureau", "chief", "senior", "special", "press", "news", "times", "post", "agency",
            "desk", "team", "for", "the", "of", "journal", "daily", "herald", "tribune", "analyst", "producer",
            "photographer", "intern", "fellow", "associate", "guardian", "wire", "service", "media");
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_NAME_LINE = 120;
    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "(?i)(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:[a-z]{3,9}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}"
                    + "|\\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9},? \\d{4}|\\d{4}-\\d{2}-\\d{2})"
                    + "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?)?");
    private static final Pattern CAPS_NAME_THEN_MORE = Pattern.compile(
            "((?:\\p{Lu}[\\p{Lu}.'’-]+\\s+){1,3}\\p{Lu}[\\p{Lu}.'’-]+)\\s+(\\p{Lu}\\p{Ll}.*)");

    private Bylines() {
    }

    /** The credits in a byline text, or an empty list when it names nobody recognisably. */
    public static List<Byline> parse(String text) {
        if (text == null) {
            return List.of();
        }
        String line = Texts.clean(text);
        if (line.isEmpty() || line.length() > 200 || line.contains("@") || line.contains("://")) {
            return List.of();
        }
        line = LEAD.matcher(line).replaceFirst("");
        line = TRAILING_DATE.matcher(line).replaceFirst("");
        String role = null;
        int bar = indexOfAny(line, " | ", " · ", " • ", " — ", " – ", " - ");
        if (bar > 0) {
            role = line.substring(bar + 3).strip();
            line = line.substring(0, bar).strip();
        }
        line = LOCATION.matcher(line).replaceFirst("");
        Matcher capsName = CAPS_NAME_THEN_MORE.matcher(line);
        if (role == null && capsName.matches()) {
            // "ISABEL QUISPE Associated Press": the name in capitals, the agency after it
            role = capsName.group(2).strip();
            line = capsName.group(1).strip();
        }
        List<String> names = new ArrayList<>();
        List<String> roleParts = new ArrayList<>();
        for (String part : NAME_SEPARATOR.split(line)) {
            String candidate = part.strip();
            if (candidate.isEmpty()) {
                continue;
            }
            boolean agencyAfterName = !names.isEmpty() && !candidate.contains(" ");
            if (roleParts.isEmpty() && !agencyAfterName && looksLikeName(candidate)) {
                names.add(titleCase(candidate));
            } else {
                roleParts.add(candidate);
            }
        }
        if (!roleParts.isEmpty()) {
            String rest = String.join(", ", roleParts);
            role = role == null ? rest : rest + ", " + role;
        }
        if (role != null && DateParsing.isDateLine(role)) {
            role = null;
        }
        Set<String> unique = new LinkedHashSet<>(names);
        List<Byline> bylines = new ArrayList<>();
        for (String name : unique) {
            bylines.add(new Byline(name, role == null || role.isBlank() ? null : role));
        }
        return bylines;
    }

    /**
     * The names in a line that is nothing but names and a date ("Eilidh MacRae · 9 January 2024"), or an empty list
     * when the line is anything else.
     */
    public static List<Byline> parseNamesAndDate(String text) {
        String line = Texts.clean(LEAD.matcher(Texts.clean(text)).replaceFirst(""));
        if (line.length() > MAX_NAME_LINE || DateParsing.parseWritten(line).isEmpty()) {
            return List.of();
        }
        String names = WRITTEN_DATE.matcher(line).replaceAll(" ").replaceAll("[·|•,]", " ").strip();
        if (names.isEmpty() || Texts.words(names) < 2 || Texts.words(names) > MAX_NAME_WORDS * 2
                || !names.replaceAll("\\s+and\\s+", " ").chars().allMatch(c -> Character.isLetter(c) || c == ' '
                || c == '.' || c == '\'' || c == '’' || c == '-')) {
            return List.of();
        }
        List<Byline> parsed = parse(names.replaceAll("\\s{2,}", ", "));
        for (Byline byline : parsed) {
            if (!looksLikeName(byline.name())) {
                return List.of();
            }
        }
        return parsed;
    }

    /** Whether a text could be a person's or an agency's name: a few capitalised words, no digits, no job title. */
    public static boolean looksLikeName(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length == 0 || words.length > MAX_NAME_WORDS) {
            return false;
        }
        boolean roleWord = false;
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0)) && !isParticle(word)) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                if (Character.isDigit(word.charAt(i))) {
                    return false;
                }
            }
            if (ROLE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                roleWord = true;
            }
        }
        return !roleWord || words.length == 1;
    }

    private static boolean isParticle(String word) {
        return Set.of("de", "da", "van", "von", "der", "den", "del", "la", "le", "di", "bin", "al", "ibn", "du")
                .contains(word.toLowerCase(Locale.ROOT));
    }

    /** "JANE O'NEIL-DOE" becomes "Jane O'Neil-Doe"; names already in mixed case are left alone. */
    static String titleCase(String name) {
        boolean hasLower = name.chars().anyMatch(Character::isLowerCase);
        if (hasLower) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        Matcher mc = Pattern.compile("\\bMc(\\p{Ll})").matcher(out);
        StringBuilder fixed = new StringBuilder();
        while (mc.find()) {
            mc.appendReplacement(fixed, "Mc" + mc.group(1).toUpperCase(Locale.ROOT));
        }
        mc.appendTail(fixed);
        return fixed.toString();
    }

    private static int indexOfAny(String text, String... separators) {
        int best = -1;
        for (String separator : separators) {
            int at = text.indexOf(separator);
            if (at > 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }
}

package io.tearsheet.read.conventions;

import io.tearsheet.model.Byline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author credits in the shapes pages write them: "By Jane Doe", "By JANE DOE and John Roe, Staff writers",
 * "Jane Doe and John Roe | Reuters", "Lena Fischer / Staff Reporter", "By DANIEL KOVAC Associated Press" (names in
 * capitals, the agency after them), "Jane Doe, Ann Poe and Lee Chu", "Eilidh MacRae · 9 January 2024". Names
 * printed in capitals are given ordinary case; what follows the names (a job, a desk, an agency) is the role of
 * every one of them; a place ("in London") and a date are left out.
 *
 * <p>Two questions, two methods: {@link #read(String)} reads the names in a text already known to be a credit (a
 * byline element, an author tag), and is lenient; {@link #readLine(String)} decides whether a line of running
 * text is a credit at all, and is strict, because a headline in title case looks like a list of names.
 *
 * <pre>{@code
 * Bylines.read("By JANE DOE and John Roe, Staff writers");
 * // [Byline[name=Jane Doe, role=Staff writers], Byline[name=John Roe, role=Staff writers]]
 * Bylines.readLine("Repairs Could Close the Crossing");  // null: no credit
 * }</pre>
 */
public final class Bylines {
    /** A credit is short; longer text is something else. */
    private static final int MAX_CREDIT_CHARS = 200;
    /** A line of more words than this is no byline. */
    private static final int MAX_LINE_WORDS = 18;
    private static final int MAX_NAME_WORDS = 5;
    static final int MAX_NAMES_AND_DATE_CHARS = 120;
    /** The most words a job set on a line of its own has ("Senior Political Editor, Europe"). */
    private static final int MAX_ROLE_LINE_WORDS = 4;
    /** A single word in capitals this short is initials or an acronym ("LD", "IWB"), kept as printed. */
    private static final int MAX_INITIALS = 4;
    /** "Jane Doe in London", "Jane Doe for The Times", "for the Gazette" ending a credit: the names alone are kept. */
    private static final Pattern TRAILING_PLACE = Pattern.compile(
            "\\s+(?:in|at|for|For)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’ -]*$");
    /** "Jane Doe in London" as one of several names: the name alone is kept. */
    private static final Pattern PLACE = Pattern.compile("\\s+(?:in|at|for)\\s+(?:the\\s+)?\\p{Lu}.*$");
    /** Commas, semicolons, ampersands and "and" in the languages of our word lists ("und", "y", "et", "og", "och"). */
    private static final Pattern NAME_SEPARATOR = Pattern.compile(
            "\\s*(?:,\\s*(?:and\\s+)?|\\s+(?:and|AND|And|und|y|et|og|och)\\s+|\\s*&\\s*|;\\s*)\\s*");
    /**
     * An opener or label run into the name it opens ("ByJane Doe", "AuthorJane Doe"), or a label before the name
     * without its colon ("Author Jane Doe", the label a screen reader hears), as some pages print them.
     */
    private static final Pattern GLUED_LEAD = Pattern.compile("^(?:(?:By|BY|Von|Par|Por|Author|Autor)"
            + "|(?:Author|Authors|Autor|Autorin|Autoren|Auteur|Auteurs|Autore|Autori|Autora|Autores)\\s+)"
            + "(?=\\p{Lu}[\\p{Ll}.])");
    /** A button's label run onto the name before it ("Inga HoeltmannFollow …", "Amber Guetebier Shares"). */
    private static final Pattern GLUED_BUTTON = Pattern.compile(
            "(?:(?<=\\p{Ll})|\\s+)(?:Follow|Folgen|Share|Shares|Subscribe|Abonnieren)\\b.*$");
    /** A role run into one word before the name ("FOCUS-Online-Experte Robin Tschöpe"). */
    private static final Pattern COMPOUND_ROLE = Pattern.compile("^\\S+-(?:Experte|Expertin|Redakteur|Redakteurin"
            + "|Autor|Autorin|Korrespondent|Korrespondentin|Reporter|Reporterin|Kolumnist|Kolumnistin)\\s+(?=\\p{Lu})");
    /** An agency or a role in brackets closing the byline. */
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*\\(([^()]{1,60})\\)$");
    /** A name and an agency joined by a slash without spaces ("Jane Doe/dpa"). */
    private static final Pattern GLUED_AGENCY = Pattern.compile("(.*\\p{L}\\.?)/(\\p{L}[\\p{L}-]{1,11})");
    /** The same name twice over ("Jane Doe Jane Doe"): a link and its text both read. */
    private static final Pattern DOUBLED = Pattern.compile("^(.{3,}?)\\s+\\1$");
    /** Separators between the names and a role after them, in the order they are looked for. */
    private static final String[] ROLE_SEPARATORS = {" | ", " · ", " • ", " — ", " – ", " - ", " / ", "|"};
    /** Two to four words in capitals, the last a word rather than an initial ("J. R. HARTLEY", not "J. R."). */
    private static final String CAPS_NAME = "(?:\\p{Lu}[\\p{Lu}.'’-]+\\s+){1,3}\\p{Lu}[\\p{Lu}'’-]*\\p{Lu}\\.?";
    /** "ISABEL QUISPE Associated Press", "NINA OYELARAN and PAUL STRAND Associated Press". */
    private static final Pattern CAPS_NAMES_THEN_MORE = Pattern.compile(
            "(" + CAPS_NAME + "(?:\\s+(?:and|AND|&)\\s+" + CAPS_NAME + ")*)\\s+(?!(?:and|&)\\s)(\\S*\\p{Ll}.*)");
    /** The jobs a "Name Surname, Desk job" credit ends on. */
    private static final String[] JOBS = {"editor", "correspondent", "reporter", "writer", "columnist", "critic"};
    /**
     * A name and then, without a comma, a desk's job in the case of running text ("Jane Doe Education editor",
     * "John Roe Political correspondent"): a headline in title case would write "Editor".
     */
    private static final Pattern NAME_THEN_JOB = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}'’.-]+\\s+){1,2}?\\p{Lu}[\\p{L}'’-]+)\\s+((?:\\p{Lu}\\p{Ll}+\\s+)?\\p{Ll}*"
                    + "(?:" + String.join("|", JOBS) + "))");
    /** A social handle after the name, glued or not ("Eric Levitz@EricLevitz"): the person's account. */
    private static final Pattern TRAILING_HANDLE = Pattern.compile("\\s*@\\w{2,30}$");
    /** An e-mail address after the names ("Jane Doe | jdoe@example.com", "Por Ana Ruiz aruiz@example.com"). */
    private static final Pattern TRAILING_EMAIL = Pattern.compile("\\s*[|·•,]?\\s*[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+$");
    /** The word that stood before a date taken off the end of a credit ("le", "am", "on"). */
    private static final Pattern DATE_PREPOSITION = Pattern.compile("\\s+(?:le|am|on|el|il|den|vom|du|del|at)$");
    /** A full stop closing a credit after a word rather than an initial or "Jr." ("By Jane Doe."). */
    private static final Pattern CLOSING_STOP = Pattern.compile("(?<=\\p{Ll}{2})\\.$");
    /** A date in digits ("19.10.2019", "2019-10-19", "03/05/2022"): a posting line may give its date so. */
    static final Pattern NUMERIC_DATE = Pattern.compile(
            "\\b(?:\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})\\b");
    /** The marks of a rule or bullet before a credit; '-' first, to stand for itself in a class. */
    private static final String OPENING_MARKS = "-–—*•·|";
    /** A rule or bullet before the credit ("---- by Jane Doe", "— By Jane Doe"). */
    private static final Pattern OPENING_RULE = Pattern.compile("^[" + OPENING_MARKS + "]+\\s*");
    /** A role a text dump ran into the name before it: "Evan HalperStaff Writer" (not "PhillyVoice Staff"). */
    private static final Pattern GLUED_ROLE = Pattern.compile("(?<=\\p{Ll})(\\p{Lu}\\p{Ll}+(?:\\s+\\p{L}+){0,2})$");
    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "(?i)(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:[a-z]{3,9}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}"
                    + "|\\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9},? \\d{4}|\\d{4}-\\d{2}-\\d{2})"
                    + "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?)?");

    private Bylines() {
    }

    /**
     * The credits in a text known to be a byline, or an empty list when it names nobody recognisably. Lenient:
     * "By", "Written by", "Par", "Von" and the like are dropped, a single word after a name is an agency
     * ("Jane Doe, Reuters"), and a date or "Updated …" after the names is left out.
     */
    public static List<Byline> read(String text) {
        if (text == null) {
            return List.of();
        }
        String line = withoutOpeningRule(withoutAddress(Text.clean(text), true));
        if (line.isEmpty() || line.length() > MAX_CREDIT_CHARS || line.contains("@") || line.contains("://")) {
            return List.of();
        }
        String unled = line;
        line = GLUED_LEAD.matcher(line).replaceFirst("");
        line = Data.LABEL.matcher(line).replaceFirst("");
        line = Data.LEAD.matcher(line).replaceFirst("");
        boolean led = !line.equals(unled); // "By", "Von", "Autor:": a byline for sure, not a caption or a site
        line = Data.LATER_CREDIT.matcher(line).replaceFirst(", "); // "Text von Anna Berg Illustration von Max Roe"
        line = Data.TRAILING_DATE.matcher(line).replaceFirst("");
        line = Data.TRAILING_WEEKDAY.matcher(line).replaceFirst("");
        line = DOUBLED.matcher(line).replaceFirst("$1");
        line = GLUED_BUTTON.matcher(line).replaceFirst("");
        line = CLOSING_STOP.matcher(line).replaceFirst("");
        line = COMPOUND_ROLE.matcher(line).replaceFirst("");
        Matcher gluedRole = GLUED_ROLE.matcher(line);
        if (gluedRole.find() && gluedRole.start() > 0
                && Data.ROLE_WORDS.contains(Text.lower(Text.SPACE_RUNS.split(gluedRole.group(1))[0]))) {
            line = line.substring(0, gluedRole.start()) + ", " + gluedRole.group(1); // "Evan HalperStaff Writer"
        }
        int slash = line.indexOf(" / ");
        if (slash > 0 && line.indexOf(" / ", slash + 3) < 0 && looksLikeName(line.substring(0, slash))
                && looksLikeName(line.substring(slash + 3))) {
            line = line.substring(0, slash) + ", " + line.substring(slash + 3); // "E. BARRENECHE / J. I. DA SILVA"
        }
        String role = null;
        int[] bar = roleSeparator(line);
        if (bar != null) {
            role = line.substring(bar[0] + bar[1]).strip();
            line = line.substring(0, bar[0]).strip();
        }
        Matcher bracket = TRAILING_BRACKET.matcher(line);
        if (role == null && bracket.find() && bracket.start() > 0
                && (led || Agencies.named(bracket.group(1)).isPresent())) {
            // "Von Jane Doe (dpa)", "Jane Doe (AP)", "Redaktion: Eberhard Fuhr (Pressesprecher des EJW)"; but not
            // a caption's "Jane Doe (Getty Images)" or a site's "Deutsche Welle (www.dw.com)"
            role = bracket.group(1).strip();
            line = line.substring(0, bracket.start()).strip();
        }
        Matcher glued = GLUED_AGENCY.matcher(line);
        if (role == null && glued.matches() && (led || Agencies.named(glued.group(2)).isPresent())) {
            role = glued.group(2); // "Peter Maahn/SP-X", "Jane Doe/dpa": the agency after a slash
            line = glued.group(1);
        }
        line = TRAILING_PLACE.matcher(line).replaceFirst("");
        Matcher capsNames = CAPS_NAMES_THEN_MORE.matcher(line);
        if (role == null && capsNames.matches()) {
            // "ISABEL QUISPE Associated Press": the names in capitals, the agency after them
            role = capsNames.group(2).strip();
            line = capsNames.group(1).strip();
        }
        List<String> names = new ArrayList<>();
        List<String> roleParts = new ArrayList<>();
        String singleWord = null;
        for (String part : NAME_SEPARATOR.split(line)) {
            String candidate = PLACE.matcher(part.strip()).replaceFirst("");
            if (candidate.isEmpty() || isNoCredit(candidate)) {
                continue;
            }
            boolean agencyAfterName = !names.isEmpty() && !candidate.contains(" ");
            boolean otherCredit = Data.CREDIT_PART.matcher(candidate).lookingAt(); // "Illustration von Max Roe"
            if (otherCredit) {
                if (singleWord != null) {
                    names.add(titleCase(singleWord)); // "Jane Doe, John Roe, photos by …": a name, no agency
                    singleWord = null;
                }
                roleParts.add(candidate);
            } else if (roleParts.isEmpty() && agencyAfterName && singleWord == null && looksLikeName(candidate)) {
                // "Jane Doe, Reuters" (an agency) or "Jane Doe, London, John Roe" (a place): the next part decides
                singleWord = candidate;
            } else if (roleParts.isEmpty() && !agencyAfterName && looksLikeName(candidate)) {
                names.add(titleCase(candidate));
                singleWord = null;
            } else {
                if (singleWord != null) {
                    roleParts.add(singleWord);
                    singleWord = null;
                }
                roleParts.add(candidate);
            }
        }
        if (singleWord != null) {
            roleParts.add(0, singleWord);
        }
        if (!roleParts.isEmpty()) {
            String rest = String.join(", ", roleParts);
            role = role == null ? rest : rest + ", " + role;
        }
        if (role != null && (Dates.isDateLine(role) || NUMERIC_DATE.matcher(role).matches())) {
            role = null; // "Jane Doe | 06.11.23": a date with a year in two digits is no role either
        }
        Set<String> unique = new LinkedHashSet<>(names);
        List<Byline> bylines = new ArrayList<>();
        for (String name : unique) {
            bylines.add(new Byline(name, role == null || role.isBlank() ? null : role));
        }
        return bylines;
    }

    /**
     * Whether a text opens the way a credit does, in any language of our lists: an opener ("By", "Von", "Par"), a
     * qualified one ("Erstellt von"), a label with its colon ("Autor:"), or one of them run into a name
     * ("ByJane Doe"). Meant for short texts near a headline or in an article's box, not for running text.
     */
    public static boolean opensAsCredit(String text) {
        String line = Text.clean(text);
        return GLUED_LEAD.matcher(line).lookingAt() || Data.LABEL.matcher(line).lookingAt()
                || Data.LEAD.matcher(line).lookingAt();
    }

    /** Whether a text is nothing but an opener ("By", "Von:", "Par"), its names to follow in the next block. */
    public static boolean isBareOpener(String text) {
        return Data.BARE_OPENER.matcher(Text.clean(text)).matches();
    }

    /** Whether a text is nothing but an opener or a label, whose names follow it in the page ("Autor:", "By"). */
    public static boolean isCreditLabel(String text) {
        String line = Text.clean(text);
        return !line.isEmpty() && (Data.LABEL.matcher(line).matches() || Data.LEAD.matcher(line + " ").matches());
    }

    /**
     * The credits on a line of running text, or null when the line is not a byline. Strict, where
     * {@link #read(String)} is lenient: the line must open with "By" (or "Written by", "Words by" …, in English),
     * give the role after a bar or slash ("Jane Doe | Reuters"), give a role of a known kind after a comma ("Jane
     * Doe, Staff writer"), or hold nothing but names and a date; every name must be two to five capitalised words;
     * the line must not end a sentence.
     */
    public static List<Byline> readLine(String line) {
        String text = withoutOpeningRule(withoutAddress(Text.clean(line), false));
        if (text.isEmpty() || Text.spacedWords(text) > MAX_LINE_WORDS
                || text.endsWith(".") && !text.endsWith(" Jr.")) {
            return null;
        }
        List<Byline> credits;
        if (Data.LINE_LEAD.matcher(text).lookingAt() || text.indexOf('|') >= 0 || text.contains(" / ")) {
            credits = read(text);
        } else {
            // without "By", a bar or a slash (a dash may part a headline), only "names, role" with a role of a
            // known kind, or names and a date
            Matcher job = NAME_THEN_JOB.matcher(text);
            credits = namesAJob(text) && job.matches() && isDesk(job.group(2)) ? read(job.group(1) + ", " + job.group(2))
                    : text.indexOf(',') < 0 ? List.of() : read(text);
            String role = credits.isEmpty() ? null : credits.get(0).role();
            if (role == null || !Data.ROLE.matcher(role).matches()) {
                credits = text.chars().anyMatch(Character::isDigit) ? readNamesAndDate(text) : List.of();
            }
        }
        return credits.isEmpty() || !namePeople(credits) ? null : credits;
    }

    /**
     * The text without a trailing social handle and, if {@code email}, an e-mail address. The patterns are tried only
     * on a text with an at sign: most lines asked have none, and a pattern anchored at the end is tried at every
     * position.
     */
    private static String withoutAddress(String text, boolean email) {
        if (text.indexOf('@') < 0) {
            return text;
        }
        String line = TRAILING_HANDLE.matcher(text).replaceFirst("");
        return email ? TRAILING_EMAIL.matcher(line).replaceFirst("") : line;
    }

    private static String withoutOpeningRule(String text) {
        return text.isEmpty() || OPENING_MARKS.indexOf(text.charAt(0)) < 0 ? text
                : OPENING_RULE.matcher(text).replaceFirst("");
    }

    /** Whether a text holds one of the jobs {@link #NAME_THEN_JOB} ends on: a quick test before the pattern. */
    private static boolean namesAJob(String text) {
        for (String job : JOBS) {
            if (text.contains(job)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words before a job name a desk ("Education"), not an outlet ("Times reporter"). */
    private static boolean isDesk(String job) {
        String[] words = Text.SPACE_RUNS.split(job);
        for (int i = 0; i < words.length - 1; i++) {
            if (Data.ROLE_WORDS.contains(Text.lower(words[i]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names in a text that is nothing but names and a date ("Eilidh MacRae · 9 January 2024"), or an empty list
     * when the text is anything else.
     */
    public static List<Byline> readNamesAndDate(String text) {
        String line = Text.clean(Data.LEAD.matcher(Text.clean(text)).replaceFirst(""));
        if (line.length() > MAX_NAMES_AND_DATE_CHARS || Dates.written(line).isEmpty() || Dates.isDateLine(line)) {
            // a date line's zones and labels are no names ("06.05 GMT Last modified on …")
            return List.of();
        }
        String names = WRITTEN_DATE.matcher(line).replaceAll(" ").replaceAll("[·|•,]", " ").strip();
        names = DATE_PREPOSITION.matcher(names).replaceFirst(""); // "Par Anna Berg le 07 Mai 2020"
        if (names.isEmpty() || Text.words(names) < 2 || Text.words(names) > MAX_NAME_WORDS * 2
                || !names.replaceAll("\\s+and\\s+", " ").chars().allMatch(c -> Character.isLetter(c) || c == ' '
                || c == '.' || c == '\'' || c == '’' || c == '-')) {
            return List.of();
        }
        List<Byline> parsed = read(names.replaceAll("\\s{2,}", ", "));
        for (Byline byline : parsed) {
            if (!looksLikeName(byline.name())) {
                return List.of();
            }
        }
        return parsed;
    }

    /**
     * The credit in a posting line, where the names stand after a date or a posting word rather than opening the
     * line: "Posted on September 21, 2020 by Jane Doe", "Veröffentlicht am 12. Juni 2017 von Anna Berg",
     * "06.11.2023 13:30 von Anna Berg", "Ein Artikel von Anna Berg | 27.01.2022", "Von Anna Berg am Samstag". The
     * line must be short and hold a date or open with a posting word; the names end where a date, a place or a
     * bar begins, and must read as people's names ({@link #namePeople}). An empty list for any other line.
     */
    public static List<Byline> readPostingLine(String text) {
        String line = Text.clean(text);
        if (line.length() > MAX_NAMES_AND_DATE_CHARS || Dates.written(line).isEmpty()
                && !NUMERIC_DATE.matcher(line).find() && !Data.POSTING_WORDS.matcher(line).lookingAt()) {
            return List.of();
        }
        Matcher opener = Data.POSTING_CREDIT.matcher(line);
        if (!opener.find()) {
            return postingHandle(line);
        }
        String rest = line.substring(opener.end());
        Matcher stop = Data.POSTING_NAMES_END.matcher(rest);
        String names = (stop.find() ? rest.substring(0, stop.start()) : rest).strip();
        String[] words = Text.SPACE_RUNS.split(names);
        int end = words.length;
        while (end > 0 && Dates.isCalendarWord(words[end - 1])) {
            end--; // "… by Noor Haddad Feb 27, 2020": the date's month is no name
        }
        names = String.join(" ", java.util.Arrays.copyOf(words, end));
        if (names.isEmpty() || end > MAX_NAME_WORDS || !looksLikeName(names)
                || java.util.Arrays.stream(words, 0, end).anyMatch(w -> Character.isLowerCase(w.codePointAt(0)))) {
            return List.of(); // "… von Vorstandsmitglied Axel Hellmann den Zuschlag": a sentence, not a credit
        }
        if (end == 1) {
            // "von David · 18. Oktober 2019", "Posted by Konstantin 21.10.2019": a blog's author by a given name
            return isNameWord(names) && Agencies.named(names).isEmpty() ? List.of(Byline.of(names)) : List.of();
        }
        List<Byline> credits = read(names);
        return namePeople(credits) ? credits : List.of();
    }

    /**
     * The account a posting line credits by its handle in small letters ("Veröffentlicht am 12. Juni 2017 von gizzmo",
     * "Posted in News by jdoe42 on August 3, 2019"): one word after the opener, up to the line's end, a date, a place
     * word or a separator; neither one of a language's most frequent words ("von der Redaktion"), a role, a month nor
     * a day. An empty list for any other line.
     */
    private static List<Byline> postingHandle(String line) {
        Matcher handle = Data.POSTING_HANDLE.matcher(line);
        if (!handle.find()) {
            return List.of();
        }
        String name = handle.group(1);
        return namesNobody(name) ? List.of() : List.of(Byline.of(name));
    }

    /**
     * Whether one word can be a name a posting line credits: capitalised letters (a hyphen inside), neither a role,
     * a month, a day nor one of a common language's most frequent words ("By The", "von Redaktion", "by May").
     */
    private static boolean isNameWord(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.codePointAt(0))
                || !word.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
            return false;
        }
        return !namesNobody(word);
    }

    /** Whether one word a posting line credits is a role, a month, a day or one of a language's most frequent words. */
    private static boolean namesNobody(String word) {
        String lower = Text.lower(word);
        return Data.ROLE_WORDS.contains(lower) || Data.NOT_NAMES.contains(lower) || isCompoundRole(lower)
                || Dates.isCalendarWord(word) || StopWords.isFrequentFunctionWord(word);
    }

    /**
     * A person's name without an opener to vouch for it: capitalised words, none of them one of a language's most
     * frequent words ("Im Wortlaut", "Tweet This", "Aus der Region" are labels).
     */
    static boolean isPlainName(String text) {
        if (!looksLikeName(text) || !isPersonName(text)) {
            return false;
        }
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            if ((i == 0 || !isParticle(words[i])) && StopWords.isFrequentFunctionWord(words[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a short line names a job, a desk or an outlet and nothing else, as under a name set on its own line
     * ("Political Editor", "Chefredakteur", "Wirtschaftsredakteurin"): a role of byline-roles.txt or a German compound
     * naming a job, in at most four words without digits or a full stop at the end.
     */
    public static boolean isRoleLine(String text) {
        String line = Text.clean(text);
        if (line.isEmpty() || Text.spacedWords(line) > MAX_ROLE_LINE_WORDS || line.endsWith(".")
                || line.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        for (String word : line.split("[\\s-]+")) {
            String lower = Text.lower(word);
            if (Data.ROLE_WORDS.contains(lower) || isCompoundRole(lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a text could be a person's or an agency's name: one to five capitalised words (particles such as
     * "van" aside), no digits or colons, and no word of a role or an outlet unless it is a single word ("Reuters").
     */
    public static boolean looksLikeName(String text) {
        String[] words = Text.SPACE_RUNS.split(text.strip());
        if (words.length == 0 || words.length > MAX_NAME_WORDS) {
            return false;
        }
        boolean roleWord = false;
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0)) && !isParticle(word)) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isDigit(c) || c == ':') {
                    return false;   // "Foto: Jane Doe" is a label and a name, not a name
                }
            }
            String lower = Text.lower(word);
            if (Data.ROLE_WORDS.contains(lower) || Data.NOT_NAMES.contains(lower) || isCompoundRole(lower)) {
                roleWord = true;
            }
        }
        return !roleWord || words.length == 1;
    }

    /**
     * A German compound naming a job ("Projektleiterin", "Pressesprecher", "Chefredakteur"): a role ending after a
     * word of its own, so that a surname such as "Leiter" or "Sprecher" alone is no role.
     */
    private static boolean isCompoundRole(String lower) {
        for (String role : Data.COMPOUND_ROLE_ENDINGS) {
            if (lower.length() >= role.length() + 3 && lower.endsWith(role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name printed in capitals ("JANE O'NEIL-DOE", "FIONA MCALLISTER", "JUAN DE LA CRUZ") in the case a byline
     * prints it ("Jane O'Neil-Doe", "Fiona McAllister", "Juan de la Cruz"); a name with any lower-case letter is
     * returned as it is.
     */
    public static String titleCase(String name) {
        if (name.chars().anyMatch(Character::isLowerCase) || name.length() <= MAX_INITIALS && name.indexOf(' ') < 0) {
            return name;
        }
        String[] words = name.split(" ");
        StringBuilder out = new StringBuilder(name.length());
        for (int w = 0; w < words.length; w++) {
            String word = words[w].toLowerCase(Locale.ROOT);
            if (w > 0) {
                out.append(' ');
            }
            if (w > 0 && Data.PARTICLES.contains(word)) {
                out.append(word);
            } else {
                out.append(capitalizeParts(word));
            }
        }
        return out.toString();
    }

    /** Capitals after hyphens, apostrophes and full stops, and after "Mc". */
    private static String capitalizeParts(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean upper = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-' || c == '\'' || c == '’' || c == '.';
            if (i == 1 && out.charAt(0) == 'M' && out.charAt(1) == 'c' && word.length() > 3) {
                upper = true;
            }
        }
        return out.toString();
    }

    /**
     * Whether every credit names a person as a line of text gives a name: two to five capitalised words of letters
     * (particles aside). Credits read from text not known to be a byline must pass this.
     */
    public static boolean namePeople(List<Byline> credits) {
        for (Byline credit : credits) {
            if (!isPersonName(credit.name())) {
                return false;
            }
        }
        return true;
    }

    /** Two to five capitalised words of letters (particles aside): a person's name as a line of text gives it. */
    static boolean isPersonName(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > MAX_NAME_WORDS) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0 && isParticle(word)) {
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

    /** Colons and full stops closing a part of a credit ("Unknown:", "More articles."). */
    private static final Pattern TRAILING_STOPS = Pattern.compile("[:.]+$");

    /** Whether a part of a credit names nobody: a lone opener or label, a weekday, "More articles", "Unknown". */
    private static boolean isNoCredit(String part) {
        String lower = Text.lower(TRAILING_STOPS.matcher(part).replaceAll(""));
        return Data.NOT_CREDITS.contains(lower) || Dates.isWeekday(lower);
    }

    private static boolean isParticle(String word) {
        return Data.PARTICLES.contains(Text.lower(word));
    }

    /** Where the role separator nearest the start stands, and its length; null when there is none. */
    private static int[] roleSeparator(String text) {
        int best = -1;
        int length = 0;
        for (String separator : ROLE_SEPARATORS) {
            int at = text.indexOf(separator);
            if (at > 0 && (best < 0 || at < best)) {
                best = at;
                length = separator.length();
            }
        }
        return best < 0 ? null : new int[] {best, length};
    }

    /** The lists and the patterns made from them, read once when a credit is first read. */
    private static final class Data {
        static final Set<String> PARTICLES = WordLists.set("name-particles.txt");
        static final List<String> COMPOUND_ROLE_ENDINGS = List.of("leiter", "leiterin", "sprecher", "sprecherin",
                "redakteur", "redakteurin", "referent", "referentin", "korrespondent", "korrespondentin",
                "direktor", "direktorin", "führer", "führerin", "vorsitzender", "vorsitzende", "beauftragter",
                "beauftragte");
        static final Set<String> NOT_NAMES = WordLists.set("byline-not-names.txt");
        static final Set<String> NOT_CREDITS = WordLists.set("byline-not-credits.txt");
        static final List<String> ROLES = WordLists.lines("byline-roles.txt");
        static final Set<String> ROLE_WORDS = Set.copyOf(ROLES.stream().filter(r -> !r.contains(" ")).toList());
        /** A role naming a job, a desk, an outlet or an agency. */
        static final Pattern ROLE = Pattern.compile("(?i).*\\b(?:" + String.join("|", ROLES).replace(" ", "\\s+")
                + "|" + String.join("|", WordLists.lines("news-agencies.txt")).replace(" ", "\\s+") + ")\\b.*");
        private static final String QUALIFIERS = String.join("|", WordLists.lines("byline-qualifiers.txt"));
        /** The openers of byline-openers.txt as alternatives: "by|von|par|…". */
        private static final String OPENERS = String.join("|", WordLists.lines("byline-openers.txt"));
        /** A qualifier and an opener or a colon: "Photos by ", "Illustration von ", "Fotos: ". */
        private static final String OTHER_CREDIT = "(?i:(?:" + QUALIFIERS + ")\\s+(?:" + OPENERS + ")\\s*:?\\s+|(?:"
                + QUALIFIERS + ")\\s*:\\s*)";
        /** An opener inside a posting line, where a word starts: "… 12. Juni 2017 von …". */
        private static final String POSTING_OPENER = "(?:^|(?<=\\s))(?i:by|von|par|por|door|di)";
        /** An indefinite article before a qualifier: "Eine Kolumne von", "A column by". */
        private static final String ARTICLE = "(?:(?:ein|eine|a|an|un|une|una)\\s+)?";
        /** Any opener, with a qualifier before it: "By", "Written by", "Photos by", "Par", "Ein Kommentar von". */
        static final Pattern LEAD = Pattern.compile("^(?:" + ARTICLE + "(?:" + QUALIFIERS + ")\\s+)?(?:"
                + OPENERS + ")\\s*:?\\s+",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        /**
         * Where a second credit starts after the names without a comma: "Photos by", "Illustration von", "Fotos:" and
         * a capital ("Text von Anna Berg Illustration von Max Roe"), read as a part of its own.
         */
        static final Pattern LATER_CREDIT = Pattern.compile("\\s+(?=" + OTHER_CREDIT + "\\p{Lu})");
        /** A part of a credit that is another's ("photos by Max Roe", "Fotos: Max Roe"), not a name. */
        static final Pattern CREDIT_PART = Pattern.compile("^" + OTHER_CREDIT);
        /** "Author: ", "Autorin: ", "Texte : " before the names. */
        static final Pattern LABEL = Pattern.compile("^(?:" + String.join("|", WordLists.lines("byline-labels.txt")
                .stream().map(Pattern::quote).toList()) + ")\\s*:\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        /** "Thursday" or "Donnerstag, 14.03.2024" after the names: the day a date line opens with, and that date. */
        static final Pattern TRAILING_WEEKDAY = Pattern.compile("\\s+(?:" + String.join("|", Dates.weekdayNames())
                + ")\\b\\.?,?(?:\\s.*\\d.*)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        /** "| Updated March 3, 2024" after the names: a date line's label and what follows it. */
        static final Pattern TRAILING_DATE = Pattern.compile("\\s*(?:[|•·,–—-]\\s*)?\\b(?:"
                + String.join("|", Dates.labels()).replace(" ", "\\s+") + ")\\b.*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        /** An opener and nothing else, perhaps with a colon ("By", "Von:"). */
        static final Pattern BARE_OPENER = Pattern.compile("(?:" + OPENERS + ")\\s*:?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        /** Words that open a posting line, before its date and credit ("Posted on …", "Veröffentlicht am …"). */
        static final Pattern POSTING_WORDS = Pattern.compile("(?i)(?:posted|published|veröffentlicht|gespeichert|"
                + "verfasst|publié|publicado|pubblicato|ein artikel|ein beitrag|blog beitrag|text)\\b");
        /** A handle in small letters after a posting line's opener, as the line prints it: "von gizzmo · 12. Juni". */
        static final Pattern POSTING_HANDLE = Pattern.compile(POSTING_OPENER + "\\s+"
                + "(\\p{Ll}[\\p{L}\\d._-]{2,30})(?=$|\\s*[·|,•–—]|\\s+(?:am|on|at|le|el|il|um|in)\\b|\\s+\\d)");
        /** A credit opener inside a posting line, its names to follow with a capital. */
        static final Pattern POSTING_CREDIT = Pattern.compile(POSTING_OPENER + "(?:\\s*:?\\s+|"
                + "(?=\\p{Lu}\\p{Ll}))(?=\\p{Lu})");
        /**
         * Where the names of a posting line's credit end: a date or time, a place ("le", "am"; a capitalised "Le" or
         * "El" may be a surname's), a category's "under", a bar, a comma, a bracket, a label ("Lesezeit:"), a
         * posting word ("Erstellt am"), the count of its comments ("Ein Kommentar"), a slash before a date ("By Anna
         * Berg/June 12, 2020"), a double slash ("Von Anna Berg // 1. November 2023").
         */
        static final Pattern POSTING_NAMES_END = Pattern.compile("\\s+(?:am|on|at|le|el|il|in|à|um|under|unter|Am|On|At|In|AM|ON|AT|IN|UM)\\b"
                + "|\\s*[|·•(,–—:]|\\s+[-/]\\s|\\s+//|\\s+\\d|\\s+(?:Ein|Eine|Keine|Leave|No|Vom)\\s|\\s+(?i:kommentar|comment)"
                + "|\\s+\\p{L}+:|\\s+(?:Erstellt|Aktualisiert|Veröffentlicht|Geändert|Zuletzt|Updated|Published)\\b"
                + "|/(?=\\p{Lu}\\p{Ll}+\\.?\\s+\\d)");
        /** The English opener on a line of text: "By", "Written by". */
        static final Pattern LINE_LEAD = Pattern.compile("^(?:" + ARTICLE + "(?:" + QUALIFIERS + ")\\s+)?by\\s*:?\\s+",
                Pattern.CASE_INSENSITIVE);

        private Data() {
        }
    }
}

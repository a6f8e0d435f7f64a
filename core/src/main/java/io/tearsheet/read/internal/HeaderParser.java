package io.tearsheet.read.internal;

import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Byline;
import io.tearsheet.read.Typography;
import io.tearsheet.read.conventions.Agencies;
import io.tearsheet.read.conventions.Boilerplate;
import io.tearsheet.read.conventions.Bylines;
import io.tearsheet.read.conventions.Datelines;
import io.tearsheet.read.conventions.Dates;
import io.tearsheet.read.conventions.MetaLines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines above the body: an optional kicker line, the title line (which may pack headline, deck and
 * kicker), an optional deck line, bylines and a date line. Stops at the first line that reads as body text:
 * a long line, a line that opens with a dateline, or anything after the bylines.
 */
public final class HeaderParser {
    /** A line longer than this is body text, never a headline, deck or byline. */
    private static final int MAX_HEADER_WORDS = 45;
    /** A title line longer than this is a paragraph: the page has no headline line. */
    private static final int MAX_TITLE_WORDS = 40;
    /** A deck standing in its own block must be this short to be told from a short first paragraph. */
    private static final int MAX_LONE_DECK_WORDS = 30;
    private static final int MAX_NAME_LINE_WORDS = 12;
    /** The end of a date line wrapped onto a line of its own is a few words: a year, a time, a zone. */
    private static final int MAX_WRAPPED_TAIL_WORDS = 4;
    /** A standfirst without a full stop is a sentence of at least this many words, most of them in lower case. */
    private static final int MIN_UNFINISHED_DECK_WORDS = 8;
    private static final int MAX_KICKER_WORDS = 6;
    /** A dated note under the headline ("Posted on … by …") has at most this many words. */
    private static final int MAX_META_WORDS = 16;
    /** The person a dated note names after "by", up to four capitalised words. */
    private static final Pattern NAMED_BY = Pattern.compile(
            "(?:^|\\s)[Bb]y:?\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})");
    /** A credit to a newsroom's staff has at most this many words. */
    private static final int MAX_STAFF_CREDIT_WORDS = 6;
    /** A date line or time stamp beside a name is a few words. */
    private static final int MAX_DATE_LINE_WORDS = 12;
    /** A credit to a newsroom's staff rather than to a person, the credit itself in group 1. */
    private static final Pattern STAFF_CREDIT = Pattern.compile("(?:[Bb]y:?\\s+)?((?:\\p{Lu}[\\p{L}.&'’-]*\\s+){0,3}"
            + "(?:[Ss]taff|STAFF)(?:\\s+(?:[Ww]riters?|[Rr]eports?|[Rr]eporters?|WRITER|REPORT))?)");
    /** How many lines after the title may still be header lines. */
    private static final int HEADER_REACH = 6;

    private HeaderParser() {
    }

    /** What the header says, and the index (in the lines given) of the first body line. */
    public record Header(String headline, String deck, String kicker, List<Byline> bylines, List<String> credits,
                         ArticleDate published, ArticleDate modified, int bodyStart) {
    }

    /**
     * @param lines the page's lines after boilerplate removal (blank lines included)
     * @param notes receives what was decided and why
     */
    public static Header parse(List<Line> lines, List<String> notes) {
        List<Integer> text = new ArrayList<>();
        int[] block = new int[lines.size()];
        int b = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                b++;
            } else {
                text.add(i);
            }
            block[i] = b;
        }
        if (text.isEmpty()) {
            return null;
        }
        int k = 0;
        String kicker = null;
        Line first = lines.get(text.get(0));
        if (text.size() > 1 && isKickerLine(first) && !isBodyOrCredit(lines.get(text.get(1)))) {
            kicker = first.text();
            notes.add("kicker taken from line " + first.number());
            k = 1;
        }
        Line titleLine = lines.get(text.get(k));
        if (titleLine.words() > MAX_TITLE_WORDS) {
            String headline = headlineFromParagraph(Typography.curl(titleLine.text()));
            notes.add("no headline line: headline made from the first words of line " + titleLine.number());
            return new Header(headline, null, kicker == null ? null : Typography.curl(kicker), List.of(), List.of(),
                    null, null, text.get(k));
        }
        HeadlineSplitter.Parts parts = HeadlineSplitter.split(Typography.curl(titleLine.text()));
        String deck = parts.deck();
        if (parts.kicker() != null) {
            if (kicker == null) {
                kicker = parts.kicker();
                notes.add("kicker split from the end of the title line " + titleLine.number());
            } else {
                deck = deck == null ? parts.kicker() : deck + " " + parts.kicker();
            }
        }
        if (deck != null) {
            notes.add("deck split from the title line " + titleLine.number() + " after its first sentence");
        }
        k++;

        List<Byline> bylines = new ArrayList<>();
        List<String> agencies = new ArrayList<>();
        ArticleDate published = null;
        ArticleDate modified = null;
        List<Line> pending = new ArrayList<>();
        int lastHeader = -1;
        int lastDateLine = -1;
        int j = k;
        for (; j < text.size() && j < k + HEADER_REACH; j++) {
            Line line = lines.get(text.get(j));
            if (line.words() > MAX_HEADER_WORDS || isDateline(line)) {
                break;
            }
            if ((HeaderLines.isBareOpener(line.text()) || HeaderLines.isLabelAlone(line.text(), line.words()))
                    && j + 1 < text.size()) {
                // "By" or "Autor" in a block of its own and the name in the next, as a page's byline markup leaves them
                Line name = lines.get(text.get(j + 1));
                List<Byline> named = name.words() <= MAX_NAME_LINE_WORDS
                        ? HeaderLines.namedUnderOpener(name.text()) : null;
                if (named != null) {
                    named.forEach(credit -> bylines.add(curled(credit)));
                    notes.add("byline read from lines " + line.number() + " and " + name.number());
                    lastHeader = ++j;
                    continue;
                }
            }
            if (HeaderLines.isDatedOpener(line.text(), line.words()) && j + 1 < text.size()
                    && lines.get(text.get(j + 1)).words() <= MAX_NAME_LINE_WORDS) {
                // "21.01.2022 11:46 von" and the name in the next block: one posting line the markup parted
                Line name = lines.get(text.get(j + 1));
                List<Byline> posted = Bylines.readPostingLine(line.text() + " " + name.text());
                if (!posted.isEmpty()) {
                    posted.forEach(credit -> bylines.add(curled(credit)));
                    notes.add("byline read from lines " + line.number() + " and " + name.number());
                    ArticleDate day = published == null ? Dates.written(line.text()).orElse(null) : null;
                    if (day != null) {
                        published = day;
                        notes.add("date read from line " + line.number());
                    }
                    lastHeader = ++j;
                    continue;
                }
            }
            List<String> agencyCredits = agenciesOnly(line.text());
            if (!agencyCredits.isEmpty()) {
                // "By Reuters", "PTI": an agency credits the story but is no author
                agencies.addAll(agencyCredits);
                notes.add("agency credit read from line " + line.number());
                lastHeader = j;
                continue;
            }
            List<Byline> credits = Bylines.readLine(line.text());
            if (credits == null) {
                credits = HeaderLines.openedCredit(line.text(), line.words());
            }
            if (credits == null) {
                // "Posted on May 4, 2022 by Noor Haddad": the credit after the date
                List<Byline> posted = Bylines.readPostingLine(line.text());
                credits = posted.isEmpty() ? null : posted;
            }
            if (credits == null) {
                // "11.12.2019 - Noor Haddad", "Noor Haddad 19.10.2019, 05:00 Uhr": the name beside the date
                List<Byline> parted = MetaLines.readNameBesideDate(line.text());
                credits = parted.isEmpty() ? null : parted;
            }
            if (credits != null) {
                credits.forEach(credit -> bylines.add(curled(credit)));
                notes.add("byline read from line " + line.number());
                ArticleDate day = published == null ? Dates.written(line.text()).orElse(null) : null;
                if (day != null) {
                    published = day;
                    notes.add("date read from line " + line.number());
                }
                lastHeader = j;
                continue;
            }
            Dates.DateLine dated = Dates.dateLine(line.text()).orElse(null);
            int through = j;
            if (dated == null && j + 1 < text.size() && block[text.get(j + 1)] == block[text.get(j)]
                    && lines.get(text.get(j + 1)).words() <= MAX_WRAPPED_TAIL_WORDS) {
                // a date line a text browser wrapped ("Published: 22:00 GMT, 26 September 2020 | Updated: 08:39 GMT,
                // 28 September" and "2020"): read the two lines as one
                dated = Dates.dateLine(line.text() + " " + lines.get(text.get(j + 1)).text()).orElse(null);
                through = j + 1;
            }
            if (dated != null) {
                if (dated.updated()) {
                    modified = dated.date();
                } else if (published == null) {
                    published = dated.date();
                }
                notes.add(through == j ? "date read from line " + line.number()
                        : "date read from lines " + line.number() + " and " + lines.get(text.get(through)).number());
                lastHeader = j = through;
                lastDateLine = j;
                continue;
            }
            Matcher staff = STAFF_CREDIT.matcher(line.text());
            if (pending.isEmpty() && line.words() <= MAX_STAFF_CREDIT_WORDS && staff.matches()) {
                // "By Staff Writer", "PhillyVoice Staff": the newsroom credits the story, no person is named
                agencies.add(Typography.curl(staff.group(1)));
                notes.add("staff credit read from line " + line.number());
                lastHeader = j;
                continue;
            }
            if ((pending.isEmpty() || lastHeader >= 0 || pending.size() == 1 && !namedBy(line.text()).isEmpty())
                    && isDatedMetaLine(line) && isAloneInBlock(text, j, block)) {
                // "October 19, 2019 by IWB", "Written by Ana Roe on July 27, 2017", "12/04/2020 by Kay 24 Comments";
                // one that names a person may follow a deck ("By Ana Roe Feb 8, 2020 5 min read")
                ArticleDate day = Dates.written(line.text()).orElse(null);
                if (published == null && day != null) {
                    published = day;
                    notes.add("date read from line " + line.number());
                }
                for (Byline credit : namedBy(line.text())) {
                    bylines.add(new Byline(Typography.curl(credit.name()), null));
                    notes.add("byline read from line " + line.number());
                }
                lastHeader = j;
                continue;
            }
            if (bylines.isEmpty() && isNameAlone(line) && isAloneInBlock(text, j, block) && j + 1 < text.size()
                    && isAloneInBlock(text, j + 1, block) && Bylines.isRoleLine(lines.get(text.get(j + 1)).text())) {
                // "Anna Berg" over "Political Editor": a byline whose name and job a page set on lines of their own
                Line role = lines.get(text.get(j + 1));
                bylines.add(curled(new Byline(line.text(), role.text())));
                notes.add("byline read from line " + line.number() + ", a name over its job on line " + role.number());
                lastHeader = ++j;
                continue;
            }
            List<Byline> listed = bylines.isEmpty() && isAloneInBlock(text, j, block) ? namesAlone(line) : null;
            if (listed != null) {
                // "Anna Berg, Tom Roe & Lena Holt" in a block of its own: names and nothing else are the byline
                listed.forEach(credit -> bylines.add(curled(credit)));
                notes.add("byline read from line " + line.number() + ", names alone");
                lastHeader = j;
                continue;
            }
            if (bylines.isEmpty() && isNameAlone(line) && isAloneInBlock(text, j, block) && (lastDateLine == j - 1
                    || j + 1 < text.size() && isDateOrTimeLine(lines.get(text.get(j + 1))))) {
                // "Anna Berg" in a block of its own next to the date line: the byline without its opener
                bylines.add(new Byline(Typography.curl(line.text()), null));
                notes.add("byline read from line " + line.number() + ", a name beside the date line");
                lastHeader = j;
                continue;
            }
            if (lastHeader == j - 1 && deck == null && pending.isEmpty() && j + 1 < text.size()
                    && line.words() <= MAX_LONE_DECK_WORDS && isUnfinishedSentence(line) && isAloneInBlock(text, j, block)) {
                deck = Typography.curl(line.text()); // a standfirst under the byline or date line
                notes.add("deck taken from line " + line.number() + ", under the byline");
                lastHeader = j;
                continue;
            }
            if (lastHeader >= 0) {
                break;
            }
            pending.add(line);
        }
        int bodyStart;
        if (lastHeader >= 0) {
            for (Line line : pending) {
                if (kicker == null && isKickerLine(line)) {
                    kicker = line.text();
                    notes.add("kicker taken from line " + line.number());
                } else if (isNoDeck(line)) {
                    notes.add("line " + line.number() + " is a posting note or furniture, not the deck");
                } else {
                    deck = deck == null ? Typography.curl(line.text()) : deck + " " + Typography.curl(line.text());
                    notes.add("deck taken from line " + line.number() + ", above the byline");
                }
            }
            bodyStart = lastHeader + 1;
        } else {
            bodyStart = k;
            if (deck == null && k < text.size()) {
                Line candidate = lines.get(text.get(k));
                if (isDeck(candidate, titleLine, lines, text, k, block)) {
                    deck = Typography.curl(candidate.text());
                    notes.add("deck taken from line " + candidate.number() + ", under the headline");
                    bodyStart = k + 1;
                }
            }
        }
        return new Header(parts.headline(), deck, kicker == null ? null : Typography.curl(kicker), bylines,
                List.copyOf(agencies), published, modified, bodyStart < text.size() ? text.get(bodyStart) : lines.size());
    }

    /**
     * Whether a line near the headline cannot be its deck: a note of when it was posted ("24. März 2004, 19:49 |
     * Genesis", "3:59 PM") or a line of furniture ("Post a Comment", "Bookmark the permalink").
     */
    private static boolean isNoDeck(Line line) {
        return isDatedMetaLine(line) || Boilerplate.classify(line.text(), Boilerplate.Place.PARAGRAPH) != null;
    }

    /**
     * Whether a line is a short note of when (and perhaps by whom) the story was posted rather than a byline or a
     * date line: it gives a date or a time among a few other words and does not end as a sentence.
     */
    private static boolean isDatedMetaLine(Line line) {
        String text = line.text();
        if (line.words() > MAX_META_WORDS) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        boolean endsSentence = (last == '.' || last == '!' || last == '?')
                && !text.endsWith("a.m.") && !text.endsWith("p.m.");
        return !endsSentence && HeaderLines.isTimeStamp(text); // a written date, a time ("5:35 p.m.") or "12/04/2020"
    }

    /** Whether line {@code j} of the text lines is a block of its own, with blank lines around it. */
    private static boolean isAloneInBlock(List<Integer> text, int j, int[] block) {
        int b = block[text.get(j)];
        return (j == 0 || block[text.get(j - 1)] != b) && (j + 1 >= text.size() || block[text.get(j + 1)] != b);
    }

    /** The person a dated note names after "by" ("… by Jane Roe on …"), when the words read as a person's name. */
    private static List<Byline> namedBy(String text) {
        Matcher by = NAMED_BY.matcher(text);
        if (!by.find()) {
            return List.of();
        }
        String[] words = by.group(1).split("\\s+");
        int end = words.length;
        for (int i = 1; i < words.length; i++) {
            if (i >= 2 && Dates.isCalendarWord(words[i]) || words[i].equals("On") || words[i].equals("At")) {
                end = i; // "by Logan C. Ritchie November 8", "by Jane Roe On …": the name ends before the date
                break;
            }
        }
        List<Byline> named = Bylines.read("By " + String.join(" ", Arrays.copyOf(words, end)));
        return named.size() == 1 && Words.count(named.get(0).name()) >= 2 && Bylines.namePeople(named) ? named
                : List.of();
    }

    /** The agencies a line credits when it names nothing else ("By Reuters", "AP", "By PTI and AFP"); else none. */
    static List<String> agenciesOnly(String text) {
        String line = text.strip();
        List<Byline> named = Bylines.opensAsCredit(line) ? Bylines.read(line) : List.of(Byline.of(line));
        List<String> agencies = new ArrayList<>();
        for (Byline byline : named) {
            Optional<String> agency = Agencies.named(byline.name());
            if (agency.isEmpty() || byline.role() != null) {
                return List.of();
            }
            agencies.add(agency.get());
        }
        return agencies;
    }

    /**
     * Whether the line under the headline (with no byline below it) is a deck: it stands in the headline's
     * own short block, or it is short and the next line opens the body with a dateline.
     */
    private static boolean isDeck(Line candidate, Line title, List<Line> lines, List<Integer> text, int k, int[] block) {
        if (candidate.words() > MAX_HEADER_WORDS || isDateline(candidate) || isNoDeck(candidate)
                || k + 1 >= text.size()) {
            return false;
        }
        int titleIndex = text.get(k - 1);
        int candidateIndex = text.get(k);
        if (block[titleIndex] == block[candidateIndex]) {
            // the title's block must hold only short header lines, not one paragraph per line
            for (int i = candidateIndex + 1; i < lines.size() && block[i] == block[candidateIndex]; i++) {
                if (!lines.get(i).isBlank() && lines.get(i).words() > MAX_HEADER_WORDS) {
                    return false;
                }
            }
            return true;
        }
        Line next = lines.get(text.get(k + 1));
        return candidate.words() <= MAX_LONE_DECK_WORDS
                && (isDateline(next) || isUnfinishedSentence(candidate) && isAloneInBlock(text, k, block));
    }

    /**
     * A line of a sentence's words that stops without a sentence's end or a colon: a standfirst printed under the
     * headline ("The country avoided the lockdown last night, but it may be down the line"), where a story's first
     * paragraph ends as a sentence does.
     */
    private static boolean isUnfinishedSentence(Line line) {
        String text = line.text();
        return line.words() >= MIN_UNFINISHED_DECK_WORDS && ".!?…:;,".indexOf(Words.lastBeforeClosers(text)) < 0
                && !Words.isAllCaps(text, 3) && Character.isUpperCase(text.codePointAt(0))
                && lowerCaseWords(text) * 2 >= line.words();
    }

    /** A byline with its name and role printed with curly quotes and apostrophes. */
    static Byline curled(Byline credit) {
        return new Byline(Typography.curl(credit.name()),
                credit.role() == null ? null : Typography.curl(credit.role()));
    }

    private static int lowerCaseWords(String text) {
        int count = 0;
        for (String word : text.split("\\s+")) {
            if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
                count++;
            }
        }
        return count;
    }

    /**
     * The people a line names when it is two or more names and nothing else ("Anna Berg, Tom Roe & Lena Holt"), each
     * a name alone would be ({@link HeaderLines#isNameAlone}); else null.
     */
    private static List<Byline> namesAlone(Line line) {
        if (line.words() > MAX_NAME_LINE_WORDS || line.text().indexOf(',') < 0 && line.text().indexOf('&') < 0) {
            return null;
        }
        List<Byline> named = Bylines.read(line.text());
        if (named.size() < 2) {
            return null;
        }
        for (Byline byline : named) {
            if (byline.role() != null || !HeaderLines.isNameAlone(byline.name(), Words.count(byline.name()))) {
                return null;
            }
        }
        return named;
    }

    private static boolean isNameAlone(Line line) {
        return HeaderLines.isNameAlone(line.text(), line.words());
    }

    /** A line that holds the article's date and little else: a date line or a time stamp. */
    private static boolean isDateOrTimeLine(Line line) {
        return line.words() <= MAX_DATE_LINE_WORDS && (Dates.dateLine(line.text()).isPresent()
                || HeaderLines.isTimeStamp(line.text()));
    }

    private static boolean isKickerLine(Line line) {
        String text = line.text();
        return line.words() <= MAX_KICKER_WORDS && Words.isAllCaps(text, 3) && !text.endsWith(".")
                && Bylines.readLine(text) == null && Datelines.find(text).isEmpty();
    }

    /** A line that cannot follow a kicker: the kicker candidate would then be the headline itself. */
    private static boolean isBodyOrCredit(Line line) {
        return line.words() > MAX_HEADER_WORDS || Bylines.readLine(line.text()) != null
                || isDateline(line);
    }

    private static boolean isDateline(Line line) {
        return Datelines.find(line.text()).isPresent();
    }

    private static String headlineFromParagraph(String paragraph) {
        String[] words = paragraph.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length && i < 12; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(words[i]);
        }
        return words.length > 12 ? out + " …" : out.toString();
    }
}

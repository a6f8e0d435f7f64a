package io.tearsheet.quotes.internal;

import io.tearsheet.read.conventions.Text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * What may follow a cue verb in an attribution without starting a new clause: "said on Tuesday", "wrote in
 * March", "told reporters", "said at a news conference", "said to nobody in particular", "said afterward". A
 * complement such as "said the plan was dead" is a new clause: the quotation before it is not attributed there.
 */
public final class Adverbials {
    private static final int MAX_WORDS = 24;
    private static final Set<String> TIME_WORDS = Lexicon.words("adverbs-after-cue");
    /**
     * A time or occasion at the end of a phrase: an opener, up to three words and an occasion noun ("on Tuesday",
     * "at a news conference"), or an adverb of time alone ("yesterday").
     */
    static final Pattern TRAILING_TIME = Pattern.compile("(?i)^(.*?)(?:,?\\s+(?:"
            + alternation(Lexicon.entries("occasion-openers")) + ")\\s+(?:[\\p{L}\\d.-]+\\s+){0,3}?(?:"
            + alternation(Lexicon.entries("occasion-nouns")) + ")s?(?:\\s+(?:with|to|on)\\s+[^,]{1,40})?|,?\\s+(?:"
            + alternation(Lexicon.entries("occasion-adverbs")) + "))$");

    /** The words {@link #TRAILING_TIME} can end on: an occasion noun (or its plural) or a time adverb. */
    private static final Set<String> OCCASION_ENDS = occasionEnds();
    /** Where an occasion noun may be followed by a short tail ("in a call with reporters"). */
    private static final Set<String> OCCASION_TAIL_WORDS = Set.of("with", "to", "on");
    private static final int OCCASION_TAIL_CHARS = 40;

    private Adverbials() {
    }

    private static Set<String> occasionEnds() {
        // an entry of several words ends on its last
        Set<String> ends = new java.util.HashSet<>();
        for (String adverb : Lexicon.entries("occasion-adverbs")) {
            ends.add(adverb.substring(adverb.lastIndexOf(' ') + 1));
        }
        for (String noun : Lexicon.entries("occasion-nouns")) {
            String last = noun.substring(noun.lastIndexOf(' ') + 1);
            ends.add(last);
            ends.add(last + "s");
        }
        return Set.copyOf(ends);
    }

    /** The phrase without time and occasion at its end: "Mr. Varga on Tuesday" → "Mr. Varga". */
    public static String stripTrailingTime(String phrase) {
        String original = phrase.strip();
        String text = original;
        if (text.endsWith(".") && !text.endsWith("..") && text.length() > 1
                && Character.isLowerCase(text.charAt(text.length() - 2))
                && !Abbreviations.endsAt(text, text.length() - 1)) {
            text = text.substring(0, text.length() - 1); // "… in its ruling.": the sentence's full stop
        }
        boolean stripped = false;
        for (int i = 0; i < 3 && mayEndOnOccasion(text); i++) {
            var m = TRAILING_TIME.matcher(text);
            if (!m.matches() || m.group(1).isBlank() || endsOnParticiple(m.group(1))) {
                break; // "a study published on Wednesday" keeps its day: "a study published" is no phrase
            }
            text = m.group(1).strip();
            stripped = true;
        }
        return stripped ? text : original;
    }

    /**
     * False when {@link #TRAILING_TIME} cannot match {@code text}, tested without the expression (which tries its
     * alternatives at every position of a long phrase): the phrase must end on an occasion noun or time adverb, or
     * on a short tail after "with", "to" or "on" ("in a call with reporters").
     */
    static boolean mayEndOnOccasion(String text) {
        int end = text.length();
        int start = end;
        while (start > 0 && !Separators.isPatternSpace(text.charAt(start - 1))) {
            start--;
        }
        if (OCCASION_ENDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) {
            return true;
        }
        // the tail: "with|to|on", white space, then at most 40 characters without a comma to the end
        for (int i = end - 1; i >= 0 && text.charAt(i) != ','; i--) {
            if (!Separators.isPatternSpace(text.charAt(i)) || i == 0 || Separators.isPatternSpace(text.charAt(i - 1))) {
                continue;
            }
            int spaces = 1;
            while (i + spaces < end && Separators.isPatternSpace(text.charAt(i + spaces))) {
                spaces++;
            }
            if (end - i - spaces > OCCASION_TAIL_CHARS) {
                continue;
            }
            int wordStart = i;
            while (wordStart > 0 && !Separators.isPatternSpace(text.charAt(wordStart - 1))) {
                wordStart--;
            }
            if (OCCASION_TAIL_WORDS.contains(text.substring(wordStart, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsOnParticiple(String text) {
        String words = text.strip();
        String last = words.substring(words.lastIndexOf(' ') + 1);
        return last.length() > 3 && last.endsWith("ed") && Character.isLowerCase(last.charAt(0));
    }

    /**
     * Whether {@code rest}, the words after a cue verb up to the end of the clause, only says when, where, how or
     * to whom: then the attribution is complete. Verbs that take a listener ({@link CueVerbs#takesObject}) may
     * have a noun phrase first ("told the council last spring").
     */
    public static boolean isComplement(String rest, String lemma) {
        String text = rest.strip();
        if (lemma != null && (text.startsWith("out") || text.startsWith("up")) && !CueVerbs.takesObject(lemma)) {
            // "cried out", "spoke up": the verb's particle, then its complement
            String particle = text.startsWith("out") ? "out" : "up";
            String after = text.substring(particle.length());
            if (after.isEmpty() || !Character.isLetterOrDigit(after.charAt(0))) {
                text = after.strip();
            }
        }
        while (!text.isEmpty() && ".!?;:".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.isEmpty() || text.startsWith(",") || text.startsWith("—") || text.startsWith("–")
                || text.startsWith("(")) {
            return true;
        }
        int aside = firstAside(text);
        if (aside > 0) {
            // "told Stumpf, after he admitted …": what follows a comma or a dash is a clause of its own
            text = text.substring(0, aside).strip();
        }
        String[] words = withoutWritersClause(text.split(" "));
        if (words.length > MAX_WORDS) {
            return occasionThenParticiple(words);
        }
        if (opensParticipleClause(words)) {
            return true; // "said answering a question at a town hall": the writer's clause about the speaker
        }
        int i = 0;
        if (lemma != null && CueVerbs.takesObject(lemma)) {
            // the listener: "the council", "reporters", "Reuters", "the harbour board's new chairman"
            while (i < words.length && !FunctionWords.isPreposition(words[i]) && !isTimeWord(words[i])
                    && !words[i].contains(",")) {
                if (i > 0 && isPassiveParticiple(words, i)) {
                    return true; // "told a caucus meeting being held in a church": the rest describes the listener
                }
                if (FunctionWords.isFiniteVerb(words[i]) || words[i].equalsIgnoreCase("that")
                        || CueVerbs.speech(words[i]) != null && !CueVerbs.isNounLike(words[i])) {
                    return false;
                }
                i++;
            }
            if (i < words.length && words[i].endsWith(",")) {
                return true;
            }
        }
        boolean inPhrase = false;
        for (; i < words.length; i++) {
            String w = clean(words[i]);
            if (w.isEmpty()) {
                continue;
            }
            if (inPhrase && isRelativeClause(words, i)) {
                return true; // "wrote in a post that was liked 12,000 times": the rest describes the occasion
            }
            if ((w.equals("after") || w.equals("before")) && i + 1 < words.length && CueVerbs.isParticiple(words[i + 1])
                    && Character.isLowerCase(words[i + 1].charAt(0))) {
                return true; // "told the AP after hinting that …": the writer's clause of time
            }
            if (WRITERS_CLAUSE.contains(w) && i + 1 < words.length) {
                return true; // "said as she and hundreds of others moved on": the writer's clause, not the speaker's
            }
            if ((w.equals("after") || w.equals("before")) && opensClause(words, i + 1)) {
                return true; // "said in August after Nabisco announced …": the writer's clause of time
            }
            if (inPhrase && isOccasionParticiple(words, i)) {
                return true; // "said at a news conference announcing the suit": the participle describes the occasion
            }
            if (inPhrase && FunctionWords.isSubjectPronoun(w) && !w.equals("it")) {
                return true; // "recalled of a June conversation she had with him": a relative clause
            }
            boolean capitalised = Character.isUpperCase(words[i].charAt(0));
            if (!capitalised && FunctionWords.isFiniteVerb(w) || w.equals("that")
                    || CueVerbs.speech(w) != null && !CueVerbs.isNounLike(w) && !inPhrase) {
                return false; // "in late May" is a month
            }
            if ((FunctionWords.isDeterminer(w) || isNumber(w)) && i + 1 < words.length && isTimeNoun(clean(words[i + 1]))) {
                inPhrase = true; // "tweeted the day after …", "said the next morning"
                continue;
            }
            if (FunctionWords.isPreposition(w) || isTimeWord(w) || FunctionWords.isAdverb(w)) {
                inPhrase = true;
            } else if (!inPhrase) {
                return false; // a noun phrase straight after the verb: a new clause ("said the plan …")
            }
            if (words[i].endsWith(",")) {
                return true;
            }
        }
        return true;
    }

    /**
     * The words before a clause of the writer's that opens after the first word ("… in an interview aired on
     * Monday when asked how ties would fare …" → "… on Monday"): how long that clause runs does not matter.
     */
    private static String[] withoutWritersClause(String[] words) {
        for (int i = 1; i + 1 < words.length; i++) {
            if (isWritersClauseWord(words[i])) {
                return java.util.Arrays.copyOf(words, i + 1);
            }
        }
        return words;
    }

    /** A word of {@link #WRITERS_CLAUSE}, tested without lower-casing the many words that cannot be one. */
    private static boolean isWritersClauseWord(String word) {
        int n = word.length();
        return n >= 2 && n <= 9 && "awbstuAWBSTU".indexOf(word.charAt(0)) >= 0 && WRITERS_CLAUSE.contains(clean(word));
    }

    /**
     * A participle straight after the cue that opens the writer's clause, with no finite verb after it: "said
     * answering a question", "said standing outside the court"; "said raising taxes is wrong" reports a clause.
     */
    private static boolean opensParticipleClause(String[] words) {
        if (words.length < 2 || !words[0].contains("ing")) {
            return false;
        }
        String first = clean(words[0]);
        if (!CueVerbs.isParticiple(first) || first.length() < 6 || !Character.isLowerCase(words[0].charAt(0))
                || FunctionWords.isPreposition(first) || NOT_PARTICIPLES.contains(first)) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            String w = clean(words[i]);
            if (FunctionWords.isFiniteVerb(w) || w.equals("that") || FunctionWords.isSubjectPronoun(w)) {
                return false;
            }
            if (words[i].endsWith(",")) {
                break;
            }
        }
        return true;
    }

    /** Words in "-ing" that are no participles. */
    private static final Set<String> NOT_PARTICIPLES = Set.of("nothing", "something", "anything", "everything",
            "morning", "evening", "during", "building", "meeting", "wedding", "ceiling", "funding");

    /** "being held", "been told": a passive participle at word {@code i}, describing the noun before it. */
    private static boolean isPassiveParticiple(String[] words, int i) {
        String w = clean(words[i]);
        if (!(w.equals("being") || w.equals("been")) || i + 1 >= words.length) {
            return false;
        }
        String next = clean(words[i + 1]);
        return next.length() > 3 && next.endsWith("ed") || SubjectFinder.isIrregularPast(next);
    }

    /** Whether a subject and its verb open the words from {@code from}: "Nabisco announced", "the vote was held". */
    private static boolean opensClause(String[] words, int from) {
        for (int i = from + 1; i < words.length && i <= from + 3; i++) {
            String w = clean(words[i]);
            if (words[i - 1].endsWith(",") || FunctionWords.isPreposition(w)) {
                return false;
            }
            if (Character.isLowerCase(words[i].charAt(0)) && (FunctionWords.isFiniteVerb(w)
                    || CueVerbs.speech(w) != null && !CueVerbs.isNounLike(w) && !CueVerbs.isParticiple(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "at a recent news conference announcing that …": a prepositional phrase, then a participle that describes
     * its noun, within {@link #MAX_WORDS} words; whatever follows belongs to the occasion, not to the speaker.
     */
    private static boolean occasionThenParticiple(String[] words) {
        if (!FunctionWords.isPreposition(clean(words[0]))) {
            return false;
        }
        for (int i = 1; i < MAX_WORDS; i++) {
            String w = clean(words[i]);
            if (isOccasionParticiple(words, i)) {
                return true;
            }
            if (words[i].endsWith(",") || w.equals("that") || FunctionWords.isFiniteVerb(w)
                    || CueVerbs.speech(w) != null && !CueVerbs.isNounLike(w)) {
                return false;
            }
        }
        return false;
    }

    /** A lower-case participle right after a noun (not after a preposition or a determiner) at word {@code i}. */
    private static boolean isOccasionParticiple(String[] words, int i) {
        String w = clean(words[i]);
        if (i == 0 || !CueVerbs.isParticiple(w) || !Character.isLowerCase(words[i].charAt(0))
                || words[i - 1].endsWith(",")) {
            return false;
        }
        String before = clean(words[i - 1]);
        return !FunctionWords.isPreposition(before) && !FunctionWords.isDeterminer(before);
    }

    private static final Set<String> OCCASIONS = Lexicon.words("occasions");
    /** Conjunctions that open a clause of the writer's after a complete attribution. */
    private static final Set<String> WRITERS_CLAUSE = Set.of("as", "while", "when", "whereas", "although", "though",
            "because", "since", "until");

    /** "which …", "who …", or "that" before a verb form: a relative clause, not a reported one. */
    private static boolean isRelativeClause(String[] words, int i) {
        String w = clean(words[i]);
        if (w.equals("which") || w.equals("who") || w.equals("whose")) {
            return true;
        }
        if (!w.equals("that") || i + 1 >= words.length) {
            return false;
        }
        String next = clean(words[i + 1]);
        return FunctionWords.isAuxiliary(next) || FunctionWords.isFiniteVerb(next) || next.endsWith("ed");
    }

    /** Where the first comma, dash or bracket of a clause stands, or -1. */
    private static int firstAside(String text) {
        int best = -1;
        for (String mark : new String[] {",", " —", " –", " (", " -- "}) {
            int at = text.indexOf(mark);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /** A word that names a time or the occasion of a statement ("Thursday", "statement", "briefing"). */
    public static boolean isTimeOrOccasion(String word) {
        String w = clean(word);
        return OCCASIONS.contains(w) || OCCASIONS.contains(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
    }

    /** Words that join a time adverbial's parts: "in 2010", "on Tuesday", "last week", "earlier this year". */
    private static final Set<String> TIME_JOINERS = Set.of("in", "on", "at", "during", "last", "this", "that", "next",
            "earlier", "later", "then", "once", "also", "previously", "the", "of");

    /**
     * Whether a short text only says when: "in 2010", "on Tuesday", "later", "earlier this year" (years, days,
     * months, time adverbs and the words that join them; at least one of them a time word or a year).
     */
    static boolean isTimeAdverbial(String text) {
        String[] words = Text.SPACE_RUNS.split(text.strip());
        boolean time = false;
        for (String word : words) {
            String w = clean(word);
            boolean year = w.length() == 4 && w.chars().allMatch(Character::isDigit);
            if (year || isTimeNoun(w)) {
                time = true;
            } else if (!TIME_JOINERS.contains(w)) {
                return false;
            }
        }
        return time || words.length == 1 && TIME_JOINERS.contains(clean(words[0]));
    }

    /** A time adverb or a day, month or part of the day: "said afterwards", "said Monday night". */
    static boolean isTimeWord(String word) {
        String w = clean(word);
        return TIME_WORDS.contains(w) || CALENDAR.contains(w);
    }

    private static final Set<String> CALENDAR = Lexicon.words("calendar-words");

    /** "30", "two": a count, as in "30 minutes into the debate" or "two days later". */
    private static boolean isNumber(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) || NUMBER_WORDS.contains(w);
    }

    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "several", "few", "many");

    private static boolean isTimeNoun(String w) {
        String one = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        return one.equals("day") || one.equals("week") || one.equals("month") || one.equals("year") || w.equals("time")
                || one.equals("hour") || one.equals("minute") || one.equals("moment")
                || w.equals("next") || w.equals("following") || w.equals("same") || w.equals("previous")
                || TIME_WORDS.contains(w) || CALENDAR.contains(w);
    }

    /** The entries as regular-expression alternatives, each literal, a space in an entry matching any white space. */
    private static String alternation(List<String> entries) {
        StringJoiner alternatives = new StringJoiner("|");
        for (String entry : entries) {
            StringJoiner words = new StringJoiner("\\s+");
            for (String word : entry.split(" +")) {
                words.add(Pattern.quote(word));
            }
            alternatives.add(words.toString());
        }
        return alternatives.toString();
    }

    private static String clean(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        while (!w.isEmpty() && !Character.isLetterOrDigit(w.charAt(w.length() - 1))) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}

package io.tearsheet.quotes.internal;

import io.tearsheet.model.SourceKind;

import java.util.List;
import java.util.Locale;

/**
 * Finds the speaker phrase that stands before a cue verb: "a visiting economist said", "Tomas Lindqvist, a naval
 * architect who designed the new boats, said", "… last fall when he told", "Mr. Penhale's daughter, Jess, who
 * manages the farm shop, said". The search goes back to the start of the clause and no further: a sentence
 * start, a subordinating word ("when", "because", "and"), or an earlier quotation.
 */
public final class SubjectFinder {
    /** How far back a subject may reach, in chars: attributions are short. */
    private static final int MAX_REACH = 320;
    /** A party and a state after a politician's name: "R-Ky.", "D-N.Y.". */
    private static final java.util.regex.Pattern PARTY_STATE = java.util.regex.Pattern.compile("[RDI]-[\\p{L}.]{2,6}");
    /** "left", "took", "went": past tenses that do not end in -ed. */
    private static final java.util.Set<String> IRREGULAR_PAST = Lexicon.words("verbs-irregular-past");
    /** The end of a bracketed aside between a subject and its verb: ".) ", ")," */
    private static final java.util.regex.Pattern CLOSING_ASIDE = java.util.regex.Pattern.compile("\\.?\\),?\\s*");

    private SubjectFinder() {
    }

    /** A phrase and where it starts (char index in the paragraph). */
    public record Found(SpeakerPhrase phrase, int start) {
    }

    /** Adverbs that may stand before the subordinator of an opening clause: "Even before …", "Long after …". */
    private static final java.util.Set<String> SUBORDINATE_OPENERS = java.util.Set.of("even", "just", "only",
            "long", "shortly", "soon", "right", "minutes", "hours", "days", "weeks", "months", "years");
    /** Adverbs that may stand between a coordinating conjunction and the cue verb it joins. */
    private static final java.util.Set<String> COORDINATION_ADVERBS = java.util.Set.of("then", "also", "later");
    /** Adverbs that may open an appositive description: "McConnell, now the majority leader, …". */
    private static final java.util.Set<String> APPOSITIVE_ADVERBS = java.util.Set.of("now", "then", "also",
            "currently", "formerly", "later");
    /** Words that grade an adverb between a subject and its verb: "rather bluntly wrote". */
    private static final java.util.Set<String> DEGREE_WORDS = java.util.Set.of("rather", "very", "quite", "so", "too",
            "more", "most", "less");
    /** How many words of time may stand between a relative pronoun and its verb ("who earlier this year said"). */
    private static final int MAX_TIME_WORDS = 4;

    /**
     * The subject of the cue verb {@code words().get(cue)}, looking no further back than char {@code from}.
     */
    public static Found before(ParagraphText p, int from, int cue) {
        return p.subjectBefore(from, cue, SubjectFinder::find);
    }

    private static Found find(ParagraphText p, int from, int cue) {
        Found found = nearestBefore(p, from, cue);
        if (found == null || found.phrase().form() != SpeakerPhrase.Form.INDEFINITE || found.phrase().head() == null
                || !CueWords.isChannelNoun(found.phrase().head())) {
            return found;
        }
        // "Trump and Ryan issued a statement describing …": whoever issued it speaks through it
        int verb = p.wordAt(found.start()) - 1;
        if (verb < 0 || !CueWords.isIssuingVerb(p.words().get(verb).text()) || !CueWords.adjacent(p, verb, verb + 1)) {
            return found;
        }
        Found issuer = nearestBefore(p, from, verb);
        return issuer == null || !LeadingCueRule.plausible(issuer.phrase()) ? found : issuer;
    }

    private static Found nearestBefore(ParagraphText p, int from, int cue) {
        List<Word> words = p.words();
        String text = p.text();
        // "X was quoted as saying", "the man could be heard saying": the subject of "was quoted", "could be heard"
        int j = cue - 1 - CueWords.hearingOrQuoting(p, cue);
        if (j >= 2 && CueWords.goesOnTo(p, j)) {
            j -= 3; // "Abedin went on to say": the subject of "went"
        }
        while (j >= 0 && words.get(j).start() >= from && Character.isLowerCase(words.get(j).text().charAt(0))
                && (FunctionWords.isAuxiliary(words.get(j).text()) || FunctionWords.isAdverb(words.get(j).text())
                || DEGREE_WORDS.contains(words.get(j).text()) && j + 1 < words.size()
                && FunctionWords.isAdverb(words.get(j + 1).text()))) {
            j--; // "has", "rather bluntly": between the subject and its verb
        }
        if (j < 0 || words.get(j).start() < from) {
            return null;
        }
        int conjunction = coordinatingConjunction(p, from, j);
        if (conjunction >= 0) {
            Found shared = sharedSubject(p, from, conjunction);
            if (shared != null || conjunction == j && words.get(j).text().equals("and")
                    && words.get(j - 1).end() == words.get(j).start() - 1) {
                return shared;
            }
        }
        String contracted = withoutContraction(words.get(j).text());
        if (!contracted.equals(words.get(j).text())) {
            SpeakerPhrase pronoun = SpeakerPhraseParser.parseHead(contracted);
            return pronoun == null ? null : new Found(pronoun, words.get(j).start()); // "He’s claiming …"
        }
        if (FunctionWords.isRelative(words.get(j).text()) && !words.get(j).text().equalsIgnoreCase("that")) {
            // ", which concluded …": the speaker is the phrase before the comma; "a woman who said …" (no comma)
            // is left to the sentence's own subject
            return antecedent(p, from, words.get(j).start());
        }
        for (int r = j - 1; r >= Math.max(0, j - MAX_TIME_WORDS) && words.get(r).start() >= from; r--) {
            String w = words.get(r).text();
            if (FunctionWords.isRelative(w) && !w.equalsIgnoreCase("that")) {
                if (Adverbials.isTimeAdverbial(text.substring(words.get(r).end(), words.get(j).end()))) {
                    // ", who in 2010 said …", ", who later said …": a time between the relative and its verb
                    return antecedent(p, from, words.get(r).start());
                }
                break;
            }
        }
        int end = words.get(j).end();
        String gap = text.substring(end, words.get(j + 1).start());
        if (gap.indexOf(')') >= 0 && CLOSING_ASIDE.matcher(gap).matches()) { // no matcher for the common " "
            // "Rep. Gwen Moore (D-Wis.) said": the bracket closes an aside of the subject
            end += gap.indexOf(')') + 1;
            gap = text.substring(end, words.get(j + 1).start());
        }
        if (gap.strip().equals(".,")) {
            end++; // "Mitch McConnell, R-Ky., said": the full stop of an abbreviation
            gap = gap.substring(1);
        }
        if (!gap.isBlank() && !gap.strip().equals(",")) {
            return null;
        }
        String reach = text.substring(Math.max(from, end - MAX_REACH), end);
        String timeless = Adverbials.stripTrailingTime(reach);
        int timeAt = reach.indexOf(timeless) + timeless.length();
        boolean afterAppositive = reach.startsWith(",", timeAt) && timeless.contains(","); // "X, the retailer, last year"
        boolean timeStripped = !timeless.isEmpty() && timeless.length() < reach.strip().length()
                && (endsOnName(timeless) || afterAppositive);
        if (timeStripped) {
            end = end - reach.length() + timeAt; // "Priebus later Thursday told"
        }
        int lower = Math.max(from, end - MAX_REACH);
        for (int i = lower; i < end; i++) {
            if (p.isQuoted(i)) {
                lower = i + 1;
            }
        }
        int bracket = text.lastIndexOf('(', end - 1);
        int closing = bracket < 0 ? -1 : text.indexOf(')', bracket);
        if (bracket >= lower && (closing < 0 || closing >= end)) {
            lower = bracket + 1; // "… for what it is (Raphael Lemkin, who coined the word, said": the bracket's clause
        }
        String left = text.substring(lower, end);
        if (left.isBlank()) {
            return null;
        }
        if (gap.contains(",") || timeStripped && afterAppositive) {
            return withAppositives(left, lower);
        }
        int lastComma = Math.max(Math.max(left.lastIndexOf(','), left.lastIndexOf(':')),
                Math.max(left.lastIndexOf(';'), Math.max(left.lastIndexOf(" — "), left.lastIndexOf(" – "))));
        int segStart = lastComma < 0 ? 0 : lastComma + 1;
        if (lastComma >= 0 && left.charAt(lastComma) == ' ') {
            segStart = lastComma + 2; // after " — "
        }
        boolean comma = lastComma > 0 && left.charAt(lastComma) == ',';
        if (comma && isPlaceContinuation(segmentBefore(left, lastComma), left.substring(lastComma + 1))) {
            return withAppositives(left, lower); // "Stacy Baker of Columbia, South Carolina says"
        }
        if (comma && appositiveAfterName(left, lastComma)) {
            // "Nate Silver, the polling guru who founded the site tweeted": the appositive's closing comma is missing
            Found named = withAppositives(left, lower);
            if (named != null && named.phrase().form() == SpeakerPhrase.Form.NAME) {
                return named;
            }
        }
        return fromClause(left, lower, segStart, CueVerbs.isParticiple(words.get(cue).text()));
    }

    /**
     * The word index of the "and" or "but" that joins the cue's verb phrase to the one before it ("toured the site
     * and said", "did not name them, but told reporters", "and then said"), or -1. Word {@code j} is the last word
     * before the cue verb.
     */
    private static int coordinatingConjunction(ParagraphText p, int from, int j) {
        List<Word> words = p.words();
        int k = j;
        if (k > 0 && COORDINATION_ADVERBS.contains(words.get(k).text())) {
            k--; // "and then said", "but also told"
        }
        String w = words.get(k).text();
        if (!w.equals("and") && !w.equals("but") || k == 0 || words.get(k - 1).start() < from) {
            return -1;
        }
        String gap = p.text().substring(words.get(k - 1).end(), words.get(k).start());
        gap = gap.replace('\u00a0', ' ');
        return gap.equals(" ") || gap.equals(", ") || quotedBetween(p, words.get(k - 1).end(), words.get(k).start())
                ? k : -1;
    }

    /** "referred to Rubio as “a leader” but described …": nothing but a quotation, spaces and a comma between. */
    private static boolean quotedBetween(ParagraphText p, int from, int to) {
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            char c = p.text().charAt(i);
            if (p.isQuoted(i)) {
                quoted = true;
            } else if (!Character.isWhitespace(c) && c != ',' && c != '\u00a0') {
                return false;
            }
        }
        return quoted;
    }

    /**
     * The subject a cue after "and" (word {@code and}) shares with the verb before it: "Maria Lopez, the mayor,
     * toured the site and said …". Null when a relative or subordinate clause or another "and" stands between the
     * subject and the cue ("the work of Graham Osei, who moved here and asked …": that clause has its own subject).
     */
    private static Found sharedSubject(ParagraphText p, int from, int and) {
        List<Word> words = p.words();
        int at = words.get(and).start();
        Found shared = sentenceSubject(p, Math.max(from, p.sentenceStart(at)), at);
        if (shared == null || shared.start() >= at) {
            return null;
        }
        boolean afterVerb = false;
        // the word right after the subject is its verb: "Green accepts that …, but says"
        int verb = p.wordAt(shared.start() + shared.phrase().surface().length());
        for (int k = p.wordAt(shared.start()) + 1; k < and; k++) {
            String w = words.get(k).text();
            if (k == verb && Character.isLowerCase(w.charAt(0)) && !FunctionWords.isRelative(w)
                    && !FunctionWords.isSubordinator(w)) {
                afterVerb = true;
                continue;
            }
            boolean clause = (FunctionWords.isRelative(w) || FunctionWords.isSubordinator(w))
                    && !(afterVerb && w.equalsIgnoreCase("that"));
            if (w.equals("and") || w.equals("but") || clause) {
                return null;
            }
            // "Trump joked that Brooklyn was his answer, but said …": after the verb, "that" opens its object
            afterVerb |= readsAsVerb(w);
        }
        return shared;
    }

    /**
     * The subject of a sentence's main clause, from {@code from} to no further than {@code limit}: the noun phrase
     * that opens it (after an introductory phrase and its comma), up to the first word that reads as a verb.
     * "Weaver didn’t seem impressed" → Weaver; "Sen. Bernie Sanders (I-Vt.) visited …" → Bernie Sanders. Null when
     * no noun phrase opens the clause.
     */
    public static Found sentenceSubject(ParagraphText p, int from, int limit) {
        return sentenceSubject(p, from, limit, false);
    }

    /** How many opening phrases, each closed by a comma, may stand before a sentence's subject. */
    private static final int MAX_OPENING_PHRASES = 2;

    /**
     * As {@link #sentenceSubject(ParagraphText, int, int)}; {@code indefinitePerson} also accepts "a spokeswoman for
     * the firm", as a participle's subject may be ("…, saying only that …").
     */
    static Found sentenceSubject(ParagraphText p, int from, int limit, boolean indefinitePerson) {
        List<Word> words = p.words();
        String text = p.text();
        int k = p.wordAt(from);
        if (k >= words.size() || words.get(k).start() >= limit) {
            return null;
        }
        k = pastOpeningConjunction(p, k, limit);
        if (k < 0) {
            return null;
        }
        // "In June 2009, after Clinton suffered a concussion, Axelrod …": opening phrases, one after another
        for (int opening = 0; opening < MAX_OPENING_PHRASES; opening++) {
            String first = words.get(k).text();
            // "Even before Sanders took the stage, his campaign …": an adverb before the subordinator
            boolean subordinateOpening = FunctionWords.isSubordinator(first) || k + 1 < words.size()
                    && SUBORDINATE_OPENERS.contains(first.toLowerCase(Locale.ROOT))
                    && FunctionWords.isSubordinator(words.get(k + 1).text());
            if (FunctionWords.isPreposition(first) && !FunctionWords.isDeterminer(first) || subordinateOpening
                    || CueVerbs.isParticiple(first) || FunctionWords.isAdverb(first)) {
                int comma = text.indexOf(',', words.get(k).start());
                if (comma < 0 || comma >= limit) {
                    return null;
                }
                k = p.wordAt(comma + 1); // "In a statement, the company …"
                Word next = k < words.size() ? words.get(k) : null;
                if (next != null && next.text().endsWith(".") && next.end() < text.length()
                        && text.charAt(next.end()) == ',') {
                    k++; // "In San Bernardino, Calif., a voice …": the place's state closes the opening phrase
                }
            } else {
                int comma = text.indexOf(',', words.get(k).start());
                if (opening == 0 && comma > 0 && comma < limit
                        && Adverbials.isTimeAdverbial(text.substring(words.get(k).start(), comma))) {
                    k = p.wordAt(comma + 1); // "Hours later, Trump …"
                }
                break;
            }
            if (k >= words.size() || words.get(k).start() >= limit) {
                return null;
            }
        }
        if (k >= words.size()) {
            return null;
        }
        int start = words.get(k).start();
        for (int j = k + 1; j < words.size() && words.get(j).start() < limit; j++) {
            String w = words.get(j).text();
            // "Green accepts that …": a present tense before "that" is the verb, though no list knows it
            boolean verb = readsAsVerb(w) || j + 1 < words.size() && words.get(j + 1).text().equals("that")
                    && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && Character.isLowerCase(w.charAt(0))
                    && CueWords.adjacent(p, j, j + 1);
            if (verb && endsPossessive(words.get(j - 1).text())) {
                continue; // "Obama's first five questioners ranged": no verb follows a possessive
            }
            if (verb) {
                Found subject = before(p, start, j);
                if (subject == null || subject.phrase().form() == SpeakerPhrase.Form.INDEFINITE
                        && !(indefinitePerson && subject.phrase().isPerson())
                        || subject.phrase().form() == SpeakerPhrase.Form.BARE
                        && subject.phrase().kind() != SourceKind.GROUP) {
                    return null;
                }
                return subject;
            }
        }
        return null;
    }

    /** Conjunctions that may open a sentence and join it to the one before: "And then Trump went …". */
    private static final java.util.Set<String> OPENING_CONJUNCTIONS = java.util.Set.of("And", "But", "So", "Yet",
            "Or", "Nor");

    /**
     * The word after a conjunction that opens the sentence at word {@code k} (and after "then", "now", "also" or
     * "later" behind it), or {@code k} when none does; -1 when nothing is left before {@code limit}.
     */
    private static int pastOpeningConjunction(ParagraphText p, int k, int limit) {
        List<Word> words = p.words();
        if (!OPENING_CONJUNCTIONS.contains(words.get(k).text()) || k + 1 >= words.size()
                || !CueWords.adjacent(p, k, k + 1)) {
            return k;
        }
        int next = k + 1;
        if (COORDINATION_ADVERBS.contains(words.get(next).text()) || words.get(next).text().equals("now")) {
            next++;
        }
        return next < words.size() && words.get(next).start() < limit ? next : -1;
    }

    /** A lower-case word that reads as the verb of a clause: a finite verb, an auxiliary, a past tense, a cue. */
    private static boolean readsAsVerb(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return Character.isLowerCase(w.charAt(0)) && (FunctionWords.isFiniteVerb(lower)
                || FunctionWords.isAuxiliary(lower) && !lower.endsWith("ly") || lower.endsWith("n’t")
                || lower.endsWith("n't") || lower.endsWith("ed") && lower.length() > 3 || isIrregularPast(lower)
                || CueVerbs.speech(lower) != null && !CueVerbs.isParticiple(lower));
    }

    /** "Obama's", "the senators’": a word that owns the noun after it. */
    private static boolean endsPossessive(String word) {
        return withoutContraction(word).equals(word)
                && (word.endsWith("'s") || word.endsWith("’s") || word.endsWith("s'") || word.endsWith("s’"));
    }

    /** "spoke", "sang": a past tense not formed with -ed (the word in lower case). */
    static boolean isIrregularPast(String lowerCaseWord) {
        return IRREGULAR_PAST.contains(lowerCaseWord);
    }

    /** "he’s" → "he", "she's" → "she"; any other word unchanged. */
    static String withoutContraction(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("’s") || w.endsWith("'s")) {
            String stem = w.substring(0, w.length() - 2);
            if (FunctionWords.isSubjectPronoun(stem)) {
                return word.substring(0, word.length() - 2);
            }
        }
        return word;
    }

    /** The noun phrase that ends just before ", which" / ", who": the shortest one that starts a phrase. */
    private static Found antecedent(ParagraphText p, int from, int relative) {
        String text = p.text();
        int comma = relative - 1;
        while (comma > from && text.charAt(comma) == ' ') {
            comma--;
        }
        if (comma <= from || text.charAt(comma) != ',') {
            return null;
        }
        int lower = Math.max(from, comma - MAX_REACH);
        List<Word> words = p.words();
        int last = p.wordAt(comma) - 1;
        for (int k = last; k >= 0 && words.get(k).start() >= lower; k--) {
            String w = words.get(k).text();
            if (text.substring(words.get(k).end(), comma).contains(",") || p.isQuoted(words.get(k).start())) {
                break;
            }
            if (FunctionWords.isDeterminer(w) && !FunctionWords.isPossessive(w)) {
                SpeakerPhrase phrase = SpeakerPhraseParser.parse(text.substring(words.get(k).start(), comma));
                if (phrase == null || phrase.form() == SpeakerPhrase.Form.PRONOUN) {
                    return null;
                }
                Found named = namedBefore(p, from, k);
                return named != null ? named : new Found(phrase, words.get(k).start());
            }
        }
        return null;
    }

    /**
     * "McConnell, now the Senate majority leader, who …": the name that an appositive description at word
     * {@code k} follows, with "now", "then" or "also" perhaps before the description; null when no name stands
     * there.
     */
    private static Found namedBefore(ParagraphText p, int from, int k) {
        List<Word> words = p.words();
        String text = p.text();
        int d = k;
        if (d > 0 && APPOSITIVE_ADVERBS.contains(words.get(d - 1).text())) {
            d--;
        }
        if (d == 0) {
            return null;
        }
        String gap = text.substring(words.get(d - 1).end(), words.get(d).start());
        if (!gap.strip().equals(",")) {
            return null;
        }
        int nameEnd = words.get(d - 1).end();
        int start = d - 1;
        while (start > 0 && words.get(start - 1).start() >= from
                && text.substring(words.get(start - 1).end(), words.get(start).start()).isBlank()
                && SpeakerPhraseParser.isCapitalised(words.get(start - 1).text())) {
            start--;
        }
        SpeakerPhrase name = SpeakerPhraseParser.parse(text.substring(words.get(start).start(), nameEnd));
        return name != null && name.form() == SpeakerPhrase.Form.NAME ? new Found(name, words.get(start).start()) : null;
    }

    /**
     * The subject when a comma stands before the verb: a head followed by appositives ("Smith, 67, a retired
     * teacher, said"), preceded perhaps by an introductory phrase ("In an editorial on Thursday, the paper said").
     */
    private static Found withAppositives(String left, int offset) {
        List<String> segments = SpeakerPhraseParser.splitCommas(left);
        int best = -1;
        for (int h = segments.size() - 1; h >= 0; h--) {
            String segment = segments.get(h);
            String first = segment.strip().split(" ")[0];
            if (FunctionWords.isRelative(first) && !first.equalsIgnoreCase("that")) {
                continue; // "who works at the hospital …" describes the head; it never holds it
            }
            if (isAside(segments, h)) {
                continue; // "Trump, in Kentucky, said", "Donna Rawlings, 59, of Ashton, Md., said"
            }
            boolean head = h == segments.size() - 1 ? headOf(segment) != null
                    : headOf(segment) != null && SpeakerPhraseParser.parseHead(clauseTail(segment)) != null;
            if (head && (clauseTail(segment).equals(segment.strip()) || coordinatesAppositives(segment))) {
                best = h;
            } else if (head) {
                best = h;
                break; // the head starts inside this segment, after a subordinating word
            }
            if (!SpeakerPhraseParser.isAppositive(segment)) {
                break;
            }
        }
        if (best < 0) {
            // "… by far the busiest berth on the coast, harbour pilots say": the last segment alone
            return fromClause(left, offset, left.lastIndexOf(',') + 1);
        }
        int start = indexOfSegment(left, segments, best);
        String head = clauseTail(segments.get(best));
        int headStart = left.indexOf(head, start);
        String phraseText = left.substring(headStart);
        SpeakerPhrase phrase = SpeakerPhraseParser.parse(phraseText);
        return phrase == null ? null : new Found(phrase, offset + headStart);
    }

    /**
     * A segment between commas that is never the speaker: a prepositional aside ("for his part", "in Kentucky",
     * "of Ashton"), an age, or the state or country after a place ("Md." in "of Ashton, Md.").
     */
    private static boolean isAside(List<String> segments, int h) {
        String segment = segments.get(h).strip();
        if (segment.isEmpty()) {
            return true;
        }
        String first = segment.split(" ")[0];
        if (FunctionWords.isPreposition(first) && !FunctionWords.isDeterminer(first)) {
            return true;
        }
        if (segment.indexOf(' ') < 0 && (SENTENCE_ADVERBS.contains(segment.toLowerCase(Locale.ROOT))
                || FunctionWords.isAdverb(segment))) {
            return true; // "Sanders, meanwhile, …"
        }
        if (SpeakerPhraseParser.ageOf(segment) != null || PARTY_STATE.matcher(segment).matches()
                || SpeakerPhraseParser.isParticipleClause(segment)) {
            return true; // "59"; "R-Ky."
        }
        return h > 0 && isPlaceContinuation(segments.get(h - 1), segment);
    }

    /**
     * Whether the text after the comma at {@code comma} is a description in lower case ("the polling guru who …",
     * "president and CEO of …") and the segment before it a person's name alone.
     */
    private static boolean appositiveAfterName(String left, int comma) {
        String after = left.substring(comma + 1).strip();
        if (after.isEmpty() || !Character.isLowerCase(after.charAt(0))) {
            return false;
        }
        SpeakerPhrase app = SpeakerPhraseParser.parseHead(after);
        if (app == null || app.form() == SpeakerPhrase.Form.NAME || app.form() == SpeakerPhrase.Form.PRONOUN) {
            return false;
        }
        String before = segmentBefore(left, comma).strip();
        SpeakerPhrase name = SpeakerPhraseParser.parseHead(before);
        return name != null && name.form() == SpeakerPhrase.Form.NAME && name.kind() == io.tearsheet.model.SourceKind.PERSON
                && before.split(" ").length <= 4;
    }

    /** The text between the comma before {@code comma} (or the start) and {@code comma}. */
    private static String segmentBefore(String left, int comma) {
        return left.substring(left.lastIndexOf(',', comma - 1) + 1, comma);
    }

    /** "of Ashton, Md.", "Stacy Baker of Columbia, South Carolina": the state or country after a place. */
    private static final java.util.regex.Pattern AFTER_PLACE = java.util.regex.Pattern.compile(
            "(?:^|.*\\S\\s)(?:of|from|in)\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*)?");

    /**
     * Whether {@code segment}, one or two capitalised words after a comma, names the state or country of the place
     * that ends the segment before it: "of Ashton" (a segment of its own, after a name) or "Stacy Baker of
     * Columbia". An opening "In Washington," or "On Monday," is not such a place.
     */
    static boolean isPlaceContinuation(String before, String segment) {
        String s = segment.strip();
        if (s.isEmpty() || s.split(" ").length > 2) {
            return false;
        }
        for (String word : s.split(" ")) {
            if (!SpeakerPhraseParser.isCapitalised(word)) {
                return false; // "Soviet diplomats" after "in China" speak; "South Carolina" does not
            }
        }
        String b = before.strip();
        if (!AFTER_PLACE.matcher(b).matches()) {
            return false;
        }
        // a segment that is nothing but "of Ashton" must follow something (a name); at the start it opens the sentence
        return !Character.isUpperCase(b.charAt(0)) || b.indexOf(' ') > 0 && !FunctionWords.isPreposition(b.split(" ")[0]);
    }

    /** One-word asides between commas that say nothing about who speaks. */
    private static final java.util.Set<String> SENTENCE_ADVERBS = java.util.Set.of("meanwhile", "however", "though",
            "too", "instead", "also", "nonetheless", "moreover", "therefore", "then", "now", "still", "again");

    private static SpeakerPhrase headOf(String segment) {
        return SpeakerPhraseParser.parseHead(clauseTail(segment));
    }

    /** A segment between commas joined to the next by "and" is one more appositive ("director and a grandson"). */
    private static boolean coordinatesAppositives(String segment) {
        String tail = clauseTail(segment);
        String head = segment.strip();
        int cut = head.length() - tail.length();
        if (cut <= 0) {
            return false;
        }
        String boundary = head.substring(0, cut).strip();
        return (boundary.endsWith(" and") || boundary.endsWith(" or")) && SpeakerPhraseParser.isAppositive(boundary.substring(0, boundary.length() - (boundary.endsWith(" and") ? 4 : 3)));
    }

    /** The subject within one comma-free stretch: the words after the last clause boundary. */
    private static Found fromClause(String left, int offset, int segStart) {
        return fromClause(left, offset, segStart, false);
    }

    /**
     * As above; {@code participle} says the cue is a participle, whose subject may follow a preposition ("footage of
     * Trump saying", "with Gorka noting").
     */
    private static Found fromClause(String left, int offset, int segStart, boolean participle) {
        String segment = left.substring(segStart);
        String tail = clauseTail(segment);
        if (tail.isEmpty() && endsWithCoordination(segment) && (segStart == 0 || segment.strip().indexOf(' ') < 0)) {
            return sharedSubject(left, offset); // "Campaigners welcomed the news but said …", "…, but told"
        }
        int tailStart = segStart + segment.lastIndexOf(tail);
        String[] words = tail.split(" ");
        int position = tailStart;
        for (int k = 0; k < words.length; k++) {
            String candidate = join(words, k);
            boolean afterPreposition = !participle && k > 0 && FunctionWords.isPreposition(words[k - 1])
                    && Character.isLowerCase(words[k - 1].charAt(0)); // "voters in each state say": an object
            if (!afterPreposition && (k == 0 || FunctionWords.isDeterminer(words[k])
                    || SpeakerPhraseParser.isCapitalised(words[k]) || FunctionWords.isSubjectPronoun(words[k]))) {
                SpeakerPhrase phrase = SpeakerPhraseParser.parse(candidate);
                if (phrase != null && startsWell(words[k])) {
                    return new Found(phrase, offset + position);
                }
            }
            position += words[k].length() + 1;
        }
        return null;
    }

    /** Whether a text ends on a capitalised word or a pronoun: "Priebus", "the White House", "she". */
    private static boolean endsOnName(String text) {
        String last = text.substring(text.lastIndexOf(' ') + 1);
        return !last.isEmpty() && (Character.isUpperCase(last.charAt(0)) || FunctionWords.isSubjectPronoun(last));
    }

    private static boolean endsWithCoordination(String segment) {
        String s = segment.strip().toLowerCase(Locale.ROOT);
        return s.endsWith(" and") || s.endsWith(" but");
    }

    /**
     * The subject two verbs share: the noun phrase that opens the sentence, up to the first word that reads as a
     * verb (a past tense, an auxiliary, a cue).
     */
    private static Found sharedSubject(String left, int offset) {
        String[] words = left.strip().split(" ");
        int leading = left.indexOf(left.strip());
        for (int k = 1; k < words.length && k <= 6; k++) {
            String next = words[k].toLowerCase(Locale.ROOT);
            boolean verb = next.endsWith("ed") || FunctionWords.isFiniteVerb(next) || FunctionWords.isAuxiliary(next)
                    || CueVerbs.speech(next) != null && !CueVerbs.isNounLike(next);
            if (verb) {
                SpeakerPhrase phrase = SpeakerPhraseParser.parse(join(words, 0, k));
                return phrase == null || phrase.form() == SpeakerPhrase.Form.PRONOUN ? null
                        : new Found(phrase, offset + leading);
            }
        }
        return null;
    }

    private static String join(String[] words, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(words[i]);
        }
        return out.toString();
    }

    private static boolean startsWell(String word) {
        return (!FunctionWords.isPreposition(word) || FunctionWords.isDeterminer(word))
                && !OPENING_ADVERBS.contains(word.toLowerCase(Locale.ROOT)); // "Then the crowd chanted": the crowd
    }

    /** Adverbs that open a clause before its subject: "Then the crowd …", "Later the mayor …". */
    private static final java.util.Set<String> OPENING_ADVERBS = java.util.Set.of("then", "later", "meanwhile",
            "still", "now", "instead", "afterwards", "earlier", "finally", "soon");

    /**
     * The words after the last clause boundary in a comma-free stretch: "… last fall when he" → "he",
     * "… stomach aches and one father" → "one father". "and" between capitalised words ("Danish and Dutch") or
     * between two adjectives is coordination, not a boundary.
     */
    static String clauseTail(String segment) {
        String[] words = segment.strip().split(" ");
        int start = 0;
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if ((w.equals("which") || w.equals("whom")) && i + 1 < words.length
                    && (FunctionWords.isDeterminer(words[i + 1]) || FunctionWords.isSubjectPronoun(words[i + 1])
                    || SpeakerPhraseParser.isCapitalised(words[i + 1]))) {
                start = i + 1; // "a lecture in which the billionaire suggested": the relative clause has a subject
                break;
            }
            if (!FunctionWords.isSubordinator(w) || i > 0 && Character.isUpperCase(words[i].charAt(0))) {
                continue;
            }
            if ((w.equals("and") || w.equals("or") || w.equals("&")) && isCoordination(words, i)) {
                continue;
            }
            if (w.equals("that") && i + 1 < words.length && !FunctionWords.isSubjectPronoun(words[i + 1])
                    && !FunctionWords.isDeterminer(words[i + 1]) && !SpeakerPhraseParser.isCapitalised(words[i + 1])) {
                continue;
            }
            start = i + 1;
            break;
        }
        return join(words, Math.min(start, words.length));
    }

    private static boolean isCoordination(String[] words, int and) {
        if (and == 0 || and == words.length - 1) {
            return false;
        }
        String before = words[and - 1];
        String after = words[and + 1];
        if (before.endsWith(",")) {
            return false;
        }
        if (SpeakerPhraseParser.isCapitalised(before) && SpeakerPhraseParser.isCapitalised(after)) {
            return true;
        }
        String b = before.toLowerCase(Locale.ROOT);
        if (isTwoRolesOfOne(words, and)) {
            return true; // "the Florida senator and Republican presidential candidate": one person's two roles
        }
        boolean verbLike = b.endsWith("ed") || FunctionWords.isFiniteVerb(b) || FunctionWords.isAuxiliary(b)
                || b.endsWith("s") && !HeadNouns.isPlural(b);
        return !verbLike && HeadNouns.classOf(b) == HeadNouns.NounClass.UNKNOWN && !FunctionWords.isPreposition(b)
                && !Character.isDigit(b.charAt(0));
    }

    /** How far before "and" the "the" of "the senator and candidate" may stand. */
    private static final int MAX_ROLE_WORDS = 4;

    /**
     * "the senator and presidential candidate": "the", a person noun, "and", then no determiner and a person noun at
     * the end: one noun phrase.
     */
    private static boolean isTwoRolesOfOne(String[] words, int and) {
        String after = words[and + 1];
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (FunctionWords.isDeterminer(after) || FunctionWords.isPossessive(after) || FunctionWords.isSubjectPronoun(after)
                || HeadNouns.classOf(words[and - 1].toLowerCase(Locale.ROOT)) != HeadNouns.NounClass.PERSON
                || HeadNouns.classOf(last) != HeadNouns.NounClass.PERSON || HeadNouns.isPlural(last)) {
            return false;
        }
        for (int i = and - 2; i >= 0 && i >= and - 1 - MAX_ROLE_WORDS; i--) {
            if (words[i].equalsIgnoreCase("the")) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfSegment(String left, List<String> segments, int index) {
        int at = 0;
        for (int i = 0; i < index; i++) {
            at = left.indexOf(segments.get(i), at) + segments.get(i).length();
            at = left.indexOf(',', at) + 1;
        }
        return at;
    }

    private static String join(String[] words, int from) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < words.length; i++) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(words[i]);
        }
        return out.toString();
    }
}

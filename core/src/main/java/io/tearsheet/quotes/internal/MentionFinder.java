package io.tearsheet.quotes.internal;

import io.tearsheet.model.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects the mentions of one paragraph, outside its quotations: subjects of cue verbs, names (with or without
 * a title), descriptions of people and bodies ("a schoolboy", "her neighbour, a retired dockworker", "the
 * regional roads agency") and the pronouns "he" and "she". A pronoun that follows a single person in the same
 * sentence ("Kim Sorensen said she planned …") tells that person's gender.
 */
public final class MentionFinder {
    /** Words a description may hold before its head noun ("the team's oldest surviving founder"). */
    private static final int MAX_MODIFIERS = 5;

    private MentionFinder() {
    }

    public static List<Mention> find(ParagraphText p) {
        List<Mention> found = new ArrayList<>();
        List<Word> words = p.words();
        String text = p.text();
        int covered = -1; // end of the last mention taken, so names inside a phrase are not taken twice
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (CueWords.isSpeechCue(p, i)) {
                int from = clauseFloor(p, word.start());
                Mention inverted = invertedSpeaker(p, i);
                if (inverted != null) {
                    found.add(inverted);
                    covered = inverted.end();
                    continue;
                }
                SubjectFinder.Found subject = SubjectFinder.before(p, from, i);
                if (subject != null && subject.phrase().form() != SpeakerPhrase.Form.PRONOUN) {
                    // "X said [the pilot had confirmed …]": a cue inside another's reported clause reports nothing
                    Mention.Role role = reportedClause(p, from, subject.start()) ? Mention.Role.OTHER : Mention.Role.SPEAKER;
                    add(found, p, subject.start(), word.start(), subject.phrase(), role);
                }
                continue;
            }
            if (word.start() < covered) {
                continue;
            }
            String w = word.text();
            if (isNominativePronoun(SubjectFinder.withoutContraction(w))) {
                SpeakerPhrase pronoun = SpeakerPhraseParser.parseHead(SubjectFinder.withoutContraction(w));
                if (pronoun != null) {
                    add(found, p, word.start(), word.end(), pronoun, speakerOrSubject(p, i));
                }
                continue;
            }
            if (SpeakerPhraseParser.isCapitalised(w)) {
                int end = nameRunEnd(p, i);
                if (end > i) {
                    int first = i;
                    if (isSentenceInitial(p, i) && (FunctionWords.isSentenceWord(w) || isVerbForm(w)
                            || HeadNouns.classOf(w) != HeadNouns.NounClass.UNKNOWN || isOpeningAdverb(w))
                            && !Titles.isTitle(w)) {
                        first = i + 1; // "Police", "Officials", "Trailing Lakeport 4-1"
                    }
                    if (first < end || first == end && Titles.isHonorific(words.get(first - 1).text())) {
                        int named = nameAfterRoleNoun(p, end);
                        if (named > end) {
                            end = named; // "Presumptive Democratic White House nominee Joe Biden": one person
                        }
                        int runEnd = appositiveEnd(p, words.get(end).end(), false);
                        int from = first == i ? roleNounBefore(p, first, covered) : first;
                        String run = text.substring(words.get(from).start(), runEnd);
                        SpeakerPhrase phrase = SpeakerPhraseParser.parse(run);
                        if (phrase != null && phrase.form() == SpeakerPhrase.Form.NAME) {
                            Mention.Role role = roleAt(p, from);
                            if (role == Mention.Role.OTHER && (introduced(p, words.get(end).end())
                                    || absoluteSubject(p, from, runEnd))) {
                                role = Mention.Role.SUBJECT;
                            }
                            add(found, p, words.get(from).start(), runEnd, phrase, role);
                            covered = runEnd;
                        }
                    } else if (first == end && SENTENCE_CONJUNCTIONS.contains(w)) {
                        i = first - 1; // "And Dion seemed …": the word after the sentence's opening word, alone
                        continue;
                    }
                    i = end;
                    continue;
                }
                if (isSentenceInitial(p, i) && SpeakerPhraseParser.isRoleNounAsName(w) && introduced(p, word.end())) {
                    // "Dean, a medical doctor, then appeared …": a surname that is also a role noun, introduced
                    int runEnd = appositiveEnd(p, word.end(), false);
                    SpeakerPhrase phrase = SpeakerPhraseParser.parse(text.substring(word.start(), runEnd));
                    if (phrase != null && phrase.form() == SpeakerPhrase.Form.NAME) {
                        add(found, p, word.start(), runEnd, phrase, Mention.Role.SUBJECT);
                        covered = runEnd;
                    }
                    continue;
                }
                if ((!isSentenceInitial(p, i) || !FunctionWords.isSentenceWord(w)
                        && HeadNouns.classOf(w) == HeadNouns.NounClass.UNKNOWN)
                        && !CALENDAR.contains(w.toLowerCase(Locale.ROOT))) { // "in May" is no one
                    int from = FunctionWords.isPossessive(w) ? i : roleNounBefore(p, i, covered);
                    int described = FunctionWords.isPossessive(w) ? word.end() : appositiveEnd(p, word.end(), false);
                    if (described > word.end() && from == i) {
                        // "Dan, a 19-year-old student at Sheffield University, has …": a name with its description
                        SpeakerPhrase introduced = SpeakerPhraseParser.parse(text.substring(word.start(), described));
                        if (introduced != null && introduced.form() == SpeakerPhrase.Form.NAME
                                && introduced.description() != null && !Titles.isTitle(w)) {
                            add(found, p, word.start(), described, introduced, roleAt(p, i));
                            covered = described;
                            continue;
                        }
                    }
                    SpeakerPhrase single = from == i
                            ? SpeakerPhraseParser.parseHead(SpeakerPhraseParser.stripPossessive(w))
                            : SpeakerPhraseParser.parse(text.substring(words.get(from).start(), word.end()));
                    if (single != null && single.form() == SpeakerPhrase.Form.NAME && !Titles.isTitle(w)) {
                        add(found, p, words.get(from).start(), word.end(), single, roleAt(p, from));
                    }
                }
                continue;
            }
            if (Character.isLowerCase(w.charAt(0)) && HeadNouns.classOf(w) != HeadNouns.NounClass.UNKNOWN) {
                Mention np = description(p, i);
                if (np != null) {
                    found.add(np);
                    covered = np.end();
                }
            }
        }
        hintGenders(p, found);
        return found;
    }

    /**
     * "The debates will not change much, noted NBC's Dante Chinni.": the speaker of a cue that follows a comma and
     * ends its sentence with a name after it; null for any other shape.
     */
    private static Mention invertedSpeaker(ParagraphText p, int cue) {
        List<Word> words = p.words();
        String text = p.text();
        Word verb = words.get(cue);
        if (cue == 0 || cue + 1 >= words.size() || !text.substring(words.get(cue - 1).end(), verb.start()).strip().equals(",")
                || p.isQuoted(verb.start())) {
            return null;
        }
        int start = words.get(cue + 1).start();
        int end = p.sentenceEnd(verb.start());
        while (end > start && ". ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end <= start || p.hasQuotation(start, end)) {
            return null;
        }
        SpeakerPhrase phrase = SpeakerPhraseParser.parse(text.substring(start, end));
        if (phrase == null || phrase.form() != SpeakerPhrase.Form.NAME) {
            return null;
        }
        return new Mention(p.index(), start, end, p.sentenceStart(start), phrase, Mention.Role.SPEAKER);
    }

    /** A description ending at head noun {@code head}: determiner, up to five modifiers, the noun, an appositive. */
    private static Mention description(ParagraphText p, int head) {
        List<Word> words = p.words();
        if (head + 1 < words.size() && CueWords.adjacent(p, head, head + 1)) {
            String next = words.get(head + 1).text();
            if (Character.isLowerCase(next.charAt(0)) && HeadNouns.classOf(next) != HeadNouns.NounClass.UNKNOWN) {
                return null; // "a pilot program": the noun modifies the next one
            }
            if (SpeakerPhraseParser.isCapitalised(next) && !HeadNouns.isPlural(words.get(head).text())) {
                return null; // "the photo-sharing app Lumen": the noun describes the name after it
            }
        }
        int det = -1;
        for (int k = head - 1; k >= 0 && k >= head - MAX_MODIFIERS; k--) {
            if (!CueWords.adjacent(p, k, k + 1)) {
                break;
            }
            if (FunctionWords.isDeterminer(words.get(k).text())) {
                det = k;
                if (!FunctionWords.isPossessive(words.get(k).text())) {
                    break;
                }
            } else if (FunctionWords.isPreposition(words.get(k).text()) || CueWords.isSpeechCue(p, k)
                    || FunctionWords.isFiniteVerb(words.get(k).text()) || isClauseWord(words.get(k).text())) {
                break;
            }
        }
        if (det < 0) {
            return null;
        }
        String text = p.text();
        int start = words.get(det).start();
        int end = words.get(head).end();
        if (!inIntroduction(p, det)) {
            // "As the senior Democrat in the delegation, Scott, 69, has …": the name after an introduction is the
            // sentence's subject, not the description's appositive
            end = appositiveEnd(p, end, true);
        }
        SpeakerPhrase phrase = SpeakerPhraseParser.parse(text.substring(start, end));
        if (phrase == null || phrase.form() == SpeakerPhrase.Form.PRONOUN) {
            return null;
        }
        if (phrase.form() == SpeakerPhrase.Form.INDEFINITE && isPredicate(p, det)) {
            return null; // "Kirstie Alley became a spokeswoman": she, not a second woman a pronoun might mean
        }
        return new Mention(p.index(), start, end, p.sentenceStart(start), phrase, roleAt(p, det));
    }

    /** Copulas whose complement describes their subject. */
    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "be", "been", "being", "became",
            "becomes", "become", "remains", "remained", "seemed", "seems");
    /** Subjects of a copula whose complement is someone new: "There was a witness", "It was a neighbour who …". */
    private static final Set<String> EMPTY_SUBJECTS = Set.of("there", "here", "it", "this", "that");

    /** Whether the phrase opening at word {@code det} is the complement of a copula ("… became a spokeswoman"). */
    private static boolean isPredicate(ParagraphText p, int det) {
        List<Word> words = p.words();
        int copula = det - 1;
        if (copula < 0 || !CueWords.adjacent(p, copula, det)
                || !COPULAS.contains(words.get(copula).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int subject = copula - 1;
        return subject < 0 || !CueWords.adjacent(p, subject, copula)
                || !EMPTY_SUBJECTS.contains(words.get(subject).text().toLowerCase(Locale.ROOT));
    }

    /**
     * Where a phrase ending at {@code end} really ends: after an appositive between commas (", a retired
     * dockworker," after a description; ", the city's oldest daily newspaper," after a name).
     */
    private static int appositiveEnd(ParagraphText p, int end, boolean afterDescription) {
        String text = p.text();
        int aside = end + 1 < text.length() && text.startsWith(" (", end) ? text.indexOf(')', end) : -1;
        if (aside > 0 && aside - end <= MAX_ASIDE && aside + 1 < text.length() && text.charAt(aside + 1) == ',') {
            int after = appositiveEnd(p, aside + 1, afterDescription); // "Dan (not his real name), a student,"
            return after > aside + 1 ? after : end;
        }
        if (end >= text.length() || text.charAt(end) != ',') {
            return end;
        }
        int comma = text.indexOf(',', end + 1);
        int sentenceEnd = p.sentenceEnd(end);
        while (sentenceEnd > end && ". ".indexOf(text.charAt(sentenceEnd - 1)) >= 0) {
            sentenceEnd--;
        }
        int next = comma < 0 ? sentenceEnd : Math.min(comma, sentenceEnd);
        if (next <= end + 1 || next - end >= 80 || p.isQuoted(next) || p.isQuoted(next - 1)) {
            return end;
        }
        String segment = text.substring(end + 1, next).strip();
        if (!afterDescription && SpeakerPhraseParser.ageOf(segment) != null) {
            return next; // "Leonard Fitch, 56,": the age belongs to the name
        }
        SpeakerPhrase app = SpeakerPhraseParser.parseHead(segment);
        if (app == null) {
            return end;
        }
        boolean fits = afterDescription
                ? app.form() == SpeakerPhrase.Form.NAME || app.form() == SpeakerPhrase.Form.INDEFINITE
                : app.form() == SpeakerPhrase.Form.DEFINITE || app.form() == SpeakerPhrase.Form.INDEFINITE;
        return fits ? next : end;
    }

    /** How long a bracketed aside between a name and its description may be: "(not his real name)". */
    private static final int MAX_ASIDE = 40;

    /** Whether word {@code k} stands in an introductory phrase: the sentence opens with a preposition before it. */
    private static boolean inIntroduction(ParagraphText p, int k) {
        int sentence = p.sentenceStart(p.words().get(k).start());
        int first = p.wordAt(sentence);
        if (first >= p.words().size() || first == k) {
            return false;
        }
        String opener = p.words().get(first).text();
        return (FunctionWords.isPreposition(opener) && !FunctionWords.isDeterminer(opener)
                || FunctionWords.isSubordinator(opener))
                && !p.text().substring(sentence, p.words().get(k).start()).contains(",");
    }

    /** The index after the last capitalised word of a run that starts at word {@code i}, or i for none. */
    private static int nameRunEnd(ParagraphText p, int i) {
        List<Word> words = p.words();
        int end = i;
        if (CALENDAR.contains(words.get(i).text().toLowerCase(Locale.ROOT))) {
            return i;
        }
        while (end + 1 < words.size() && (CueWords.adjacent(p, end, end + 1) || ampersand(p, end, end + 1))
                && SpeakerPhraseParser.isCapitalised(words.get(end + 1).text())
                && !FunctionWords.isPossessive(words.get(end).text())
                && !CALENDAR.contains(words.get(end + 1).text().toLowerCase(Locale.ROOT))) {
            end++;
        }
        return end;
    }

    /**
     * The last word of the name after a capitalised run that ends at word {@code end}, when a singular person noun
     * stands between them ("Democratic White House nominee Joe Biden", "Former Navy pilot Ann Lee"); -1 when none.
     */
    private static int nameAfterRoleNoun(ParagraphText p, int end) {
        List<Word> words = p.words();
        int role = end + 1;
        if (role + 1 >= words.size() || !CueWords.adjacent(p, end, role) || !CueWords.adjacent(p, role, role + 1)) {
            return -1;
        }
        if (!isRoleNoun(words.get(role).text(), false)
                || !SpeakerPhraseParser.isCapitalised(words.get(role + 1).text())) {
            return -1;
        }
        return nameRunEnd(p, role + 1);
    }

    /**
     * Where a name's description starts when a person noun stands right before it, perhaps after one capitalised
     * word: "coach Wes Halloran", "Rovers manager Graham Pettifer"; {@code first} itself when none does.
     */
    private static int roleNounBefore(ParagraphText p, int first, int covered) {
        List<Word> words = p.words();
        int k = first - 1;
        if (k < 0 || !CueWords.adjacent(p, k, first) || words.get(k).start() < covered) {
            return first;
        }
        if (!isRoleNoun(words.get(k).text(), true)) {
            return first;
        }
        int from = k;
        if (k > 0 && CueWords.adjacent(p, k - 1, k) && words.get(k - 1).start() >= covered) {
            String before = words.get(k - 1).text();
            boolean lone = k - 2 < 0 || !CueWords.adjacent(p, k - 2, k - 1)
                    || !SpeakerPhraseParser.isCapitalised(words.get(k - 2).text());
            if (SpeakerPhraseParser.isCapitalised(before) && lone && !FunctionWords.isSentenceWord(before)
                    && !Titles.isTitle(before) && !FunctionWords.isPossessive(before)) {
                from = k - 1; // "Lakeport coach Danielle Ferreira"
            }
        }
        return from;
    }

    /**
     * A singular noun in lower case that may stand before a name as its role: a person noun ("coach", "nominee"),
     * or, with {@code orOrganization}, an organisation noun too.
     */
    private static boolean isRoleNoun(String w, boolean orOrganization) {
        boolean role = HeadNouns.looksLikePerson(w)
                || orOrganization && HeadNouns.classOf(w) == HeadNouns.NounClass.ORGANIZATION;
        return Character.isLowerCase(w.charAt(0)) && role && !HeadNouns.isPlural(w) && !FunctionWords.isDeterminer(w)
                && CueVerbs.speech(w) == null;
    }

    /** Days and months, never part of a name. */
    private static final java.util.Set<String> CALENDAR = Lexicon.words("calendar-words");

    /** "Trailing", "Asked", "Speaking": a capitalised verb form opening a sentence, not a name. */
    private static boolean isVerbForm(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return lower.length() > 4 && (lower.endsWith("ing") || lower.endsWith("ed")) && !GivenNames.isGivenName(lower);
    }

    private static boolean ampersand(ParagraphText p, int a, int b) {
        return p.text().substring(p.words().get(a).end(), p.words().get(b).start()).strip().equals("&");
    }

    private static boolean isNominativePronoun(String w) {
        return w.equals("he") || w.equals("she") || w.equals("He") || w.equals("She") || w.equals("they")
                || w.equals("They");
    }

    private static Mention.Role speakerOrSubject(ParagraphText p, int i) {
        List<Word> words = p.words();
        int k = i + 1;
        while (k < words.size() && FunctionWords.isAuxiliary(words.get(k).text()) && CueWords.adjacent(p, k - 1, k)) {
            k++;
        }
        if (k < words.size() && CueWords.adjacent(p, k - 1, k) && CueWords.isSpeechCue(p, k)) {
            return Mention.Role.SPEAKER;
        }
        return Mention.Role.SUBJECT;
    }

    /**
     * "Interestingly Blocher, …", "Notably the mayor": a long word in -ly opening a sentence is an adverb, not a
     * given name ("Kelly", "Beverly" are short).
     */
    private static boolean isOpeningAdverb(String w) {
        return w.length() > 7 && w.endsWith("ly") && FunctionWords.isAdverb(w.toLowerCase(Locale.ROOT));
    }

    /** Conjunctions that may open a sentence before its subject. */
    private static final Set<String> SENTENCE_CONJUNCTIONS = Set.of("And", "But", "Yet", "So",
            "Still", "Then");
    private static final int LONGEST_SENTENCE_CONJUNCTION = SENTENCE_CONJUNCTIONS.stream().mapToInt(String::length)
            .max().orElse(0);

    /** A mention at the start of a clause is a subject: sentence start, after a comma or a subordinating word. */
    private static Mention.Role roleAt(ParagraphText p, int i) {
        if (isSentenceInitial(p, i)) {
            return Mention.Role.SUBJECT;
        }
        // after one introductory phrase: "On the return sailing that morning, a schoolboy …"
        Word word = p.words().get(i);
        String text = p.text();
        // the words before it in its sentence, stripped, by index: a copy only for a stretch as short as a conjunction
        int from = Separators.strippedStart(text, p.sentenceStart(word.start()), word.start());
        int to = Separators.strippedEnd(text, from, word.start());
        if (to > from && text.charAt(to - 1) == ',' && text.indexOf(',', from) == to - 1) {
            return Mention.Role.SUBJECT;
        }
        if (to - from <= LONGEST_SENTENCE_CONJUNCTION && SENTENCE_CONJUNCTIONS.contains(text.substring(from, to))) {
            return Mention.Role.SUBJECT; // "And Dion seemed …", "But Ms. Lind said …"
        }
        return Mention.Role.OTHER;
    }

    /**
     * "… that concerns Henry Crespo, president of the caucus.": a name followed by a description between commas
     * introduces someone the next sentences are likely about, wherever the name stands.
     */
    private static boolean introduced(ParagraphText p, int nameEnd) {
        String text = p.text();
        if (nameEnd + 2 >= text.length() || text.charAt(nameEnd) != ',' || text.charAt(nameEnd + 1) != ' ') {
            return false;
        }
        int k = p.wordAt(nameEnd + 2);
        if (k < 0 || k >= p.words().size() || p.words().get(k).start() != nameEnd + 2) {
            return false;
        }
        String next = p.words().get(k).text();
        return Character.isLowerCase(next.charAt(0)) && (FunctionWords.isDeterminer(next) && !FunctionWords.isPossessive(next)
                || HeadNouns.classOf(next) == HeadNouns.NounClass.PERSON);
    }

    /**
     * "with Hillary Clinton — who has called for higher taxes — lambasting the plan": after "with", a name followed
     * (perhaps after an aside between dashes) by a participle is that participle's subject.
     */
    private static boolean absoluteSubject(ParagraphText p, int from, int end) {
        List<Word> words = p.words();
        if (from == 0 || !words.get(from - 1).text().equalsIgnoreCase("with")) {
            return false;
        }
        String text = p.text();
        int at = end;
        String rest = text.substring(at).stripLeading();
        if (rest.startsWith("—") || rest.startsWith("–")) {
            char dash = rest.charAt(0);
            int close = text.indexOf(dash, text.indexOf(dash, at) + 1);
            if (close < 0 || close > p.sentenceEnd(at)) {
                return false;
            }
            at = close + 1;
        }
        int k = p.wordAt(at);
        while (k >= 0 && k < words.size() && words.get(k).start() < at) {
            k++;
        }
        if (k < 0 || k >= words.size()) {
            return false;
        }
        String next = words.get(k).text();
        return next.length() > 4 && next.endsWith("ing") && Character.isLowerCase(next.charAt(0))
                && text.substring(at, words.get(k).start()).isBlank();
    }

    /** "if", "he’s": a word that opens or holds a clause never modifies a noun ("that if he’s elected mayor"). */
    private static boolean isClauseWord(String word) {
        String bare = SubjectFinder.withoutContraction(word);
        return FunctionWords.isSubordinator(word) && !word.equalsIgnoreCase("and")
                || FunctionWords.isSubjectPronoun(bare) || FunctionWords.isRelative(word);
    }

    private static boolean isSentenceInitial(ParagraphText p, int i) {
        if (i == 0) {
            return true;
        }
        Word word = p.words().get(i);
        String text = p.text();
        int from = Separators.strippedStart(text, p.sentenceStart(word.start()), word.start());
        int to = Separators.strippedEnd(text, from, word.start());
        // only opening quotation marks and brackets, touching one another, between the sentence start and the word
        for (int k = from; k < to; k++) {
            if ("“‘\"'(".indexOf(text.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether no person (or pronoun) is mentioned in the sentence before mention {@code k}. */
    private static boolean firstPersonOfSentence(List<Mention> mentions, int k, ParagraphText p) {
        Mention m = mentions.get(k);
        for (int j = k - 1; j >= 0 && mentions.get(j).end() > m.sentence(); j--) {
            Mention other = mentions.get(j);
            if (other.sentence() == m.sentence() && other.start() < m.start()
                    && (other.phrase().isPerson() || other.phrase().form() == SpeakerPhrase.Form.PRONOUN)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a speech cue stands between {@code from} and {@code at}: then {@code at} is in a reported clause. */
    private static boolean reportedClause(ParagraphText p, int from, int at) {
        List<Word> words = p.words();
        for (int i = p.wordAt(Math.max(from, at - 400)); i < words.size() && words.get(i).start() < at; i++) {
            if (CueWords.isSpeechCue(p, i)) {
                return true;
            }
        }
        return false;
    }

    /** Where a cue verb's subject may start looking: its sentence, but not before the last quotation in it. */
    private static int clauseFloor(ParagraphText p, int at) {
        int sentence = p.sentenceStart(at);
        int semicolon = p.text().lastIndexOf(';', at - 1);
        int floor = semicolon >= sentence && !p.isQuoted(semicolon) ? semicolon + 1 : sentence;
        return Math.max(floor, p.lastQuotationEndBefore(at)); // "…; Mr. Ortiz said …" opens a clause of its own
    }

    private static void add(List<Mention> found, ParagraphText p, int start, int end, SpeakerPhrase phrase,
                            Mention.Role role) {
        for (int k = found.size() - 1; k >= 0 && found.get(k).end() > start - 400; k--) {
            Mention m = found.get(k);
            if (m.start() == start || m.start() < end && start < m.end() && m.role() != Mention.Role.SPEAKER
                    && role == Mention.Role.SPEAKER) {
                found.remove(k);
            } else if (m.start() <= start && start < m.end() && m.role() == Mention.Role.SPEAKER) {
                return;
            }
        }
        found.add(new Mention(p.index(), start, end, p.sentenceStart(start), phrase, role));
    }

    /** "Kim Sorensen said she planned …": the first he/she/his/her after a lone person in a sentence. */
    private static void hintGenders(ParagraphText p, List<Mention> mentions) {
        List<Word> words = p.words();
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.phrase().form() == SpeakerPhrase.Form.PRONOUN || m.phrase().gender() != Gender.UNKNOWN
                    || !m.phrase().isPerson() && m.phrase().form() != SpeakerPhrase.Form.NAME
                    || !firstPersonOfSentence(mentions, k, p)) {
                continue;
            }
            int limit = p.sentenceEnd(m.start());
            for (int k2 = k + 1; k2 < mentions.size() && mentions.get(k2).start() < limit; k2++) {
                Mention next = mentions.get(k2);
                if (next.phrase().form() != SpeakerPhrase.Form.PRONOUN && (next.phrase().isPerson()
                        || next.phrase().form() == SpeakerPhrase.Form.NAME && next.phrase().kind() == SourceKind.PERSON)) {
                    limit = next.start(); // "X described Hillary Clinton as … after she …": she may be the other
                }
            }
            for (int i = p.wordAt(m.end()); i < words.size() && words.get(i).start() < limit; i++) {
                Gender g = FunctionWords.pronounGender(words.get(i).text());
                if (g != Gender.UNKNOWN && i > 0 && CueWords.isSpeechCue(p, i - 1)) {
                    break; // "Petrov said she had …": the reported clause may be about someone else
                }
                if (g != Gender.UNKNOWN) {
                    mentions.set(k, new Mention(m.paragraph(), m.start(), m.end(), m.sentence(),
                            m.phrase().withGender(g), m.role()));
                    break;
                }
            }
        }
    }
}

package io.tearsheet.quotes.internal;

import io.tearsheet.model.SourceKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds reported speech attributed to a group, an organisation, a publication or a document, in sentences
 * without quotation marks: "harbour pilots say the channel is too narrow", "…, local press reports say.",
 * "…, according to Danish engineers.", "records show", "a study found that …". Speech reported from one person
 * is left alone: it is the writer's paraphrase, and its speaker is quoted directly elsewhere.
 */
public final class IndirectAttributionFinder {
    /** The reported words must say something: at least this many words. */
    private static final int MIN_WORDS = 3;

    private IndirectAttributionFinder() {
    }

    public static List<IndirectAttribution> find(ParagraphText p) {
        List<IndirectAttribution> found = new ArrayList<>();
        List<Word> words = p.words();
        String text = p.text();
        int sentence = 0;
        while (sentence < text.length()) {
            int end = p.sentenceEnd(sentence);
            if (end <= sentence) {
                break;
            }
            if (!p.hasQuotation(sentence, end)) {
                IndirectAttribution hit = inSentence(p, sentence, end);
                if (hit != null) {
                    found.add(hit);
                }
            }
            sentence = end;
        }
        return found;
    }

    /**
     * The reported speech of one sentence, if any. An attribution that closes the sentence ("…, officials say.")
     * is preferred to one that opens it, since it governs the whole sentence ("Inspectors found that …, the report
     * said.").
     */
    private static IndirectAttribution inSentence(ParagraphText p, int s, int e) {
        List<Word> words = p.words();
        String text = p.text();
        IndirectAttribution leading = null;
        for (int c = p.wordAt(s); c < words.size() && words.get(c).start() < e; c++) {
            if (CueWords.isAccordingTo(p, c)) {
                IndirectAttribution hit = accordingTo(p, s, e, c);
                if (hit != null) {
                    return hit;
                }
                continue;
            }
            boolean speech = CueWords.isSpeechCue(p, c);
            boolean document = !speech && CueWords.isDocumentCue(p, c);
            if (!speech && !document) {
                continue;
            }
            String verb = words.get(c).text();
            String lemma = speech ? CueVerbs.speech(verb) : CueVerbs.document(verb);
            IndirectAttribution inverted = speech ? inverted(p, s, e, c) : null;
            if (inverted != null) {
                return inverted; // "…, says registered dietitian Amanda Miller."
            }
            SubjectFinder.Found subject = SubjectFinder.before(p, s, c);
            if (subject == null || !mayReport(subject.phrase(), document)) {
                continue;
            }
            Attribution attribution = new Attribution(subject.phrase(), CueWords.cueText(p, c), subject.start(),
                    words.get(c).end(), RuleId.INDIRECT, ' ');
            // a clause ends at a semicolon: "…; in its final year, records show, almost one sailing in ten …"
            int from = Math.max(s, text.lastIndexOf(';', subject.start()) + 1);
            String before = text.substring(from, subject.start()).strip();
            int afterVerb = CueWords.cueEnd(p, c);
            String rest = text.substring(afterVerb, e).strip();
            if (before.endsWith(",")) {
                int comma = from + text.substring(from, subject.start()).lastIndexOf(',');
                if (!rest.startsWith(",") && Adverbials.isComplement(stripEnd(rest), null)) {
                    IndirectAttribution hit = make(attribution, p, from, comma); // …, X said.
                    if (hit != null) {
                        return hit;
                    }
                    continue;
                }
                if (rest.startsWith(",")) {
                    // part one, X say, part two.
                    int resume = afterVerb + text.substring(afterVerb, e).indexOf(',') + 1;
                    IndirectAttribution hit = comma - from >= e - resume ? make(attribution, p, from, comma)
                            : make(attribution, p, resume, e);
                    if (hit != null) {
                        return hit;
                    }
                    continue;
                }
            }
            if (leading == null && (before.isEmpty() || before.endsWith(",") && isIntroduction(before)
                    || endsWithSubordinator(before))) {
                int start = clauseStart(p, c, e, lemma);
                if (start >= 0) {
                    leading = make(attribution, p, start, e); // X say (that) …
                }
            }
        }
        return leading;
    }

    /**
     * "The channel is too narrow, says harbourmaster Ana Ruiz.": a cue after a comma with only a speaker after it
     * closes the sentence, and what stands before the comma is the speaker's; null for any other cue.
     */
    private static IndirectAttribution inverted(ParagraphText p, int s, int e, int c) {
        List<Word> words = p.words();
        String text = p.text();
        // where the words before the cue end, trailing spaces left out; most cues have no comma there
        int beforeEnd = Separators.strippedEnd(text, s, words.get(c).start());
        int afterVerb = CueWords.cueEnd(p, c);
        if (CueWords.isAsCueBy(p, c)) {
            // "…, as noted by registered dietitian Trista Best."
            beforeEnd = Separators.strippedEnd(text, s, words.get(c - 1).start());
            afterVerb = words.get(c + 1).end();
        }
        if (beforeEnd == s || text.charAt(beforeEnd - 1) != ',') {
            return null;
        }
        String rest = stripEnd(text.substring(afterVerb, e).strip());
        if (rest.isEmpty() || !Character.isLetter(rest.charAt(0)) || !rest.equals(TrailingCueRule.beforeClause(rest))) {
            return null;
        }
        SpeakerPhrase phrase = SpeakerPhraseParser.parse(Adverbials.stripTrailingTime(rest));
        if (phrase == null || phrase.form() == SpeakerPhrase.Form.PRONOUN || !mayReport(phrase, false)) {
            return null;
        }
        int at = text.indexOf(rest, afterVerb);
        Attribution attribution = new Attribution(phrase, CueWords.cueText(p, c), at, at + rest.length(),
                RuleId.INDIRECT, ' ');
        return make(attribution, p, s, beforeEnd - 1);
    }

    /** "… came after a study found that …": the subject opens a subordinate clause. */
    private static boolean endsWithSubordinator(String before) {
        int space = before.lastIndexOf(' ');
        String last = before.substring(space + 1).toLowerCase(Locale.ROOT);
        return !last.equals("that") && FunctionWords.isSubordinator(last);
    }

    private static IndirectAttribution accordingTo(ParagraphText p, int s, int e, int c) {
        List<Word> words = p.words();
        String text = p.text();
        Word to = words.get(c + 1);
        String rest = text.substring(to.end(), e);
        int comma = rest.indexOf(',');
        String phraseText = comma < 0 ? rest : rest.substring(0, comma);
        SpeakerPhrase phrase = SpeakerPhraseParser.parse(Adverbials.stripTrailingTime(phraseText));
        if (phrase == null || !mayReport(phrase, false)) {
            return null;
        }
        int at = text.indexOf(phraseText.strip(), to.end());
        Attribution attribution = new Attribution(phrase, "according to", at, at + phraseText.strip().length(),
                RuleId.INDIRECT_ACCORDING_TO, ' ');
        String before = text.substring(s, words.get(c).start()).strip();
        if (before.isEmpty()) {
            // According to X, …
            return comma < 0 ? null : make(attribution, p, to.end() + comma + 1, e);
        }
        int end = s + text.substring(s, words.get(c).start()).lastIndexOf(',');
        return end <= s ? null : make(attribution, p, s, end);
    }

    /**
     * Where the reported clause starts after "X said": after a "that" among the next few words ("said in a
     * statement that …"); for "say" also without one, after a time or occasion ("said on Thursday it would …").
     */
    private static int clauseStart(ParagraphText p, int cue, int e, String lemma) {
        List<Word> words = p.words();
        int first = CueVerbs.particle(words.get(cue).text()) != null ? cue + 2 : cue + 1;
        for (int k = first; k < words.size() && k <= cue + 9 && words.get(k).start() < e; k++) {
            String w = words.get(k).text();
            if (w.equalsIgnoreCase("that")) {
                return k + 1 < words.size() && words.get(k + 1).start() < e ? words.get(k + 1).start() : -1;
            }
            boolean adverbial = FunctionWords.isPreposition(w) || FunctionWords.isDeterminer(w)
                    || Adverbials.isTimeOrOccasion(w) || Character.isDigit(w.charAt(0));
            if (k > cue + 4 && !adverbial) {
                break; // "said in a statement on Tuesday that …" reaches its "that"; a clause of its own does not
            }
        }
        if (cue + 1 < words.size() && words.get(cue + 1).text().endsWith("ing") && CueVerbs.isNounLike(words.get(cue).text())) {
            return words.get(cue + 1).start(); // "reports selling folding bikes"
        }
        if (!lemma.equals("say")) {
            return -1;
        }
        int k = cue + 1;
        boolean time = false;
        // a time or occasion opens with a preposition or a time word ("on Thursday", "last week"), never with
        // a determiner ("say the afternoons have changed" reports a clause)
        String opener = k < words.size() ? words.get(k).text().toLowerCase(Locale.ROOT) : "";
        boolean adverbial = FunctionWords.isPreposition(opener) || Adverbials.isTimeOrOccasion(opener)
                || opener.equals("last") || opener.equals("this") || opener.equals("next");
        while (adverbial && k < words.size() && words.get(k).start() < e && k < cue + 5) {
            String w = words.get(k).text();
            if (Adverbials.isTimeOrOccasion(w)) {
                time = true;
            } else if (!FunctionWords.isPreposition(w) && !FunctionWords.isDeterminer(w)) {
                break;
            }
            k++;
        }
        if (!time) {
            k = cue + 1;
        }
        return k < words.size() && words.get(k).start() < e ? words.get(k).start() : -1;
    }

    /** A group, an organisation, a publication or a document: not one person, not a pronoun. */
    private static boolean mayReport(SpeakerPhrase phrase, boolean documentCue) {
        if (phrase.form() == SpeakerPhrase.Form.PRONOUN) {
            return false;
        }
        SourceKind kind = phrase.kind();
        if (documentCue) {
            return kind == SourceKind.DOCUMENT || kind == SourceKind.GROUP && phrase.head() != null;
        }
        return kind == SourceKind.GROUP || kind == SourceKind.DOCUMENT || kind == SourceKind.ORGANIZATION
                || kind == SourceKind.PUBLICATION || phrase.form() == SpeakerPhrase.Form.NAME;
    }

    /** "In a sign of growing trust," — an introductory phrase, not the reported clause. */
    private static boolean isIntroduction(String before) {
        int space = before.indexOf(' ');
        String first = (space < 0 ? before : before.substring(0, space)).toLowerCase(Locale.ROOT);
        return FunctionWords.isPreposition(first) || FunctionWords.isSubordinator(first) || first.endsWith("ly,");
    }

    private static String stripEnd(String text) {
        String t = text.strip();
        while (!t.isEmpty() && ".!?;".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private static IndirectAttribution make(Attribution attribution, ParagraphText p, int from, int to) {
        String text = p.text();
        int a = from;
        int b = Math.min(to, text.length());
        while (a < b && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == ',')) {
            a++;
        }
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || ".,;:".indexOf(text.charAt(b - 1)) >= 0)) {
            b--;
        }
        if (a >= b || WordCount.of(text, a, b) < MIN_WORDS) {
            return null;
        }
        if (text.regionMatches(true, a, "that ", 0, 5)) {
            a += 5;
        }
        return new IndirectAttribution(p.index(), attribution, a, b);
    }
}

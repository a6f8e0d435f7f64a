package io.tearsheet.quotes.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence that ends with a colon before a quotation, with no cue verb: the quotation is its subject's. "The
 * board of elections was conclusive in its findings: “Q”" / "Bush: “Q”" (a name and a colon, as transcripts write
 * it), and "X issued a statement, “Q”", where the comma after the channel does the colon's work. Also the inverted
 * cue that opens a sentence: "Said Dorothy Poynter, who grew up nearby: “Q”". The subject
 * must be someone who can speak; "The reason is simple: “Q”" attributes nothing.
 */
public final class ColonRule implements AttributionRule {
    /** Cue verbs that may open a sentence before their speaker: "Said X, “Q”". */
    private static final Set<String> OPENING_CUES = Set.of("said", "says", "asked", "added", "wrote", "replied");
    /** How far before its channel noun the verb that issued it may stand ("released a brief written statement"). */
    private static final int MAX_WORDS_FROM_ISSUING_VERB = 4;

    @Override
    public Attribution apply(QuoteSite site) {
        ParagraphText p = site.paragraph();
        String text = p.text();
        int open = site.quote().open();
        int sentence = p.sentenceStart(open);
        String before = text.substring(Math.max(sentence, site.beforeFrom()), open);
        String stripped = before.strip();
        if (stripped.isEmpty() || p.hasQuotation(sentence, Math.max(sentence, open - 1))) {
            return null;
        }
        List<Word> words = p.words();
        int first = p.wordAt(sentence);
        if (first < words.size() && OPENING_CUES.contains(words.get(first).text().toLowerCase(Locale.ROOT))
                && Character.isUpperCase(words.get(first).text().charAt(0))
                && (stripped.endsWith(",") || stripped.endsWith(":"))) {
            // "Said Dorothy Poynter, who grew up with him, “Q”"
            Word cue = words.get(first);
            String phraseText = text.substring(cue.end(), open).strip();
            SpeakerPhrase phrase = SpeakerPhraseParser.parse(phraseText);
            if (phrase == null || !LeadingCueRule.plausible(phrase)) {
                return null;
            }
            int at = text.indexOf(phraseText, cue.end());
            return new Attribution(phrase, cue.text().toLowerCase(Locale.ROOT), at, open, RuleId.INVERTED,
                    stripped.endsWith(":") ? ':' : ',');
        }
        boolean channelComma = stripped.endsWith(",") && issuedChannelBefore(p, text.lastIndexOf(',', open));
        if (!stripped.endsWith(":") && !channelComma) {
            return null;
        }
        Attribution credited = channelComma ? null : dashCredit(site);
        if (credited != null) {
            return credited;
        }
        int colon = text.lastIndexOf(channelComma ? ',' : ':', open);
        for (int k = first; k < words.size() && words.get(k).start() < colon; k++) {
            if (isCue(p, k)) {
                return null; // a cue of its own: the other rules decide
            }
        }
        String head = text.substring(sentence, colon).strip();
        SpeakerPhrase alone = SpeakerPhraseParser.parse(head);
        int length = head.split(" ").length;
        if (alone != null && alone.form() == SpeakerPhrase.Form.NAME
                && (length <= 4 || length <= 8 && sentence == 0 && isTranscriptLabel(alone))) {
            // "Bush: “Q”", and a transcript's "Former secretary of state Hillary Rodham Clinton: “Q”"
            return new Attribution(alone, null, sentence, colon, RuleId.INTRODUCED_BY_COLON, ':');
        }
        SubjectFinder.Found subject = SubjectFinder.sentenceSubject(p, sentence, colon);
        if (subject == null || !LeadingCueRule.plausible(subject.phrase())
                || subject.phrase().form() == SpeakerPhrase.Form.INDEFINITE
                || subject.phrase().form() == SpeakerPhrase.Form.BARE) {
            return null;
        }
        return new Attribution(subject.phrase(), null, subject.start(), colon, RuleId.INTRODUCED_BY_COLON,
                channelComma ? ',' : ':');
    }

    /**
     * Whether word {@code k} is a cue of the sentence's own, a speech cue or a naming verb: then no colon introduces
     * the quotation. A naming word after an article is a noun ("after the attacks").
     */
    static boolean isCue(ParagraphText p, int k) {
        List<Word> words = p.words();
        return CueWords.isSpeechCue(p, k) || NamingVerbs.isNamingVerb(words.get(k).text())
                && !(k > 0 && FunctionWords.isDeterminer(words.get(k - 1).text()));
    }

    /**
     * "X issued a statement, “Q”": the words before the comma end on a channel noun that a verb of issuing put out
     * a few words before it, so the comma introduces the statement's words as a colon would.
     */
    private static boolean issuedChannelBefore(ParagraphText p, int comma) {
        List<Word> words = p.words();
        int last = p.wordAt(comma) - 1;
        if (last < 1 || last >= words.size() || !CueWords.isChannelNoun(words.get(last).text())) {
            return false;
        }
        for (int k = last - 1; k >= Math.max(0, last - MAX_WORDS_FROM_ISSUING_VERB); k--) {
            if (CueWords.isIssuingVerb(words.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A transcript's speaker label of more than a name: a full name after a description in lower case but its first
     * word ("Former secretary of state Hillary Rodham Clinton").
     */
    private static boolean isTranscriptLabel(SpeakerPhrase phrase) {
        String description = phrase.description();
        if (description == null || phrase.name().indexOf(' ') < 0) {
            return false;
        }
        String[] words = description.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (SpeakerPhraseParser.isCapitalised(words[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Media shares blame in poll overhype - HuffPollster: “Q”", "Pollsters agree - Carl Bialik: “Q”": a digest's
     * heading, a spaced dash and a name, then the colon before the quotation credits the name, whatever verb the
     * heading has; null for any other shape.
     */
    static Attribution dashCredit(QuoteSite site) {
        ParagraphText p = site.paragraph();
        String text = p.text();
        int open = site.quote().open();
        String before = text.substring(site.beforeFrom(), open).strip();
        if (!before.endsWith(":")) {
            return null;
        }
        int colon = text.lastIndexOf(':', open);
        int dash = lastSpacedDash(text, p.sentenceStart(open), colon);
        if (dash < 0) {
            return null;
        }
        String credited = text.substring(dash + 2, colon).strip();
        SpeakerPhrase source = SpeakerPhraseParser.parse(credited);
        if (source == null || source.form() != SpeakerPhrase.Form.NAME || credited.split(" ").length > 4) {
            return null;
        }
        return new Attribution(source, null, text.indexOf(credited, dash), colon, RuleId.INTRODUCED_BY_COLON, ':');
    }

    /** The last dash with a space on each side between {@code from} and {@code to}, or -1. */
    private static int lastSpacedDash(String text, int from, int to) {
        for (int i = to - 2; i > from; i--) {
            char c = text.charAt(i);
            if ((c == '-' || c == '–' || c == '—') && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return -1;
    }
}

package io.tearsheet.quotes.internal;

import java.util.List;

/**
 * An attribution before the quotation, in the same sentence: X said: “Q” / X told the council last spring: “Q” /
 * X said, “Q” / according to X, “Q”. When no colon or comma introduces the quotation, it is part of the reported
 * clause, a partial quotation: He says the boats are “a great deal more polite” than …
 */
public final class LeadingCueRule implements AttributionRule {
    private static final int MAX_INTRO_WORDS = 14;
    /** How many words back from the quotation a cue verb may stand. */
    private static final int MAX_BACK_WORDS = 60;

    @Override
    public Attribution apply(QuoteSite site) {
        ParagraphText p = site.paragraph();
        List<Word> words = p.words();
        int open = site.quote().open();
        String text = p.text();
        String before = site.before().strip();
        boolean embedded = !before.isEmpty() && !before.endsWith(":") && !before.endsWith(",");
        // "X said each brooch was ‘a unique piece’ and that the ‘real loss’ …": one reported clause, two quotations
        int floor = embedded ? p.sentenceStart(open) : site.beforeFrom();
        int last = p.wordAt(open) - 1;
        int from = Math.max(p.wordAt(floor), last - MAX_BACK_WORDS);
        for (int c = last; c >= from; c--) {
            Word word = words.get(c);
            if (NamingVerbs.isNamingVerb(word.text()) || NamingVerbs.isLabelMarker(word.text())) {
                return null; // the quotation is a name or label: see NamingVerbRule
            }
            if (CueWords.isAccordingTo(p, c)) {
                return accordingTo(p, c, open);
            }
            if (!CueWords.isSpeechCue(p, c)) {
                continue;
            }
            SubjectFinder.Found subject = SubjectFinder.before(p, floor, c);
            if (subject == null) {
                return null;
            }
            String between = text.substring(CueWords.cueEnd(p, c), open).strip();
            char connector = ' ';
            if (between.endsWith(":")) {
                connector = ':';
                String intro = between.substring(0, between.length() - 1).strip();
                if (intro.split(" ").length > MAX_INTRO_WORDS || intro.contains(",") && !intro.isEmpty()
                        && !Adverbials.isComplement(intro, "tell")) {
                    return null;
                }
            } else if (between.endsWith(",") || between.isEmpty()) {
                String intro = between.isEmpty() ? "" : between.substring(0, between.length() - 1);
                if (Adverbials.isComplement(intro, CueVerbs.speech(word.text()))) {
                    connector = between.isEmpty() ? ' ' : ',';
                }
            }
            return new Attribution(subject.phrase(), CueWords.cueText(p, c), subject.start(), word.start(), RuleId.LEADING, connector);
        }
        return null;
    }

    /** According to X, “Q” — the phrase runs to the next comma. */
    private static Attribution accordingTo(ParagraphText p, int c, int open) {
        Word to = p.words().get(c + 1);
        String rest = p.text().substring(to.end(), open);
        int comma = rest.indexOf(',');
        String phraseText = comma < 0 ? rest : rest.substring(0, comma);
        if (comma >= 0 && !rest.substring(comma + 1).isBlank()) {
            return null; // more of the writer's words before the quotation
        }
        SpeakerPhrase phrase = SpeakerPhraseParser.parse(phraseText);
        if (phrase == null) {
            return null;
        }
        int at = p.text().indexOf(phraseText.strip(), to.end());
        return new Attribution(phrase, "according to", at, at + phraseText.strip().length(), RuleId.LEADING_ACCORDING_TO,
                comma < 0 ? ' ' : ',');
    }
}

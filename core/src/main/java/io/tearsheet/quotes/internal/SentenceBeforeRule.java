package io.tearsheet.quotes.internal;

import io.tearsheet.model.SourceKind;

import java.util.List;
import java.util.Map;

/**
 * "The administration may wait, Schiff said. “The other factor is …”" — a quotation with no attribution of its own
 * that opens the sentence right after one closing on someone's reported speech, in the same paragraph, goes on in
 * that speaker's words, as {@link ParagraphBeforeRule} does across a paragraph break. A quotation that runs on
 * into the next paragraphs is left alone: a long passage needs its speaker named in it.
 */
public final class SentenceBeforeRule implements ContinuationRule {
    private final Map<Integer, Map<Integer, ParagraphBeforeRule.Closing>> closings;

    /** @param closings the reported speech sentences close on, by paragraph index and the end of the sentence */
    public SentenceBeforeRule(Map<Integer, Map<Integer, ParagraphBeforeRule.Closing>> closings) {
        this.closings = closings;
    }

    @Override
    public void apply(List<Candidate> quotations) {
        for (Candidate c : quotations) {
            if (c.attributed() || c.scare || !c.site.opensSentence() || c.quote.runsOn()) {
                continue;
            }
            Map<Integer, ParagraphBeforeRule.Closing> inParagraph = closings.get(c.paragraph.index());
            String before = c.paragraph.text().substring(0, c.quote.open()).stripTrailing();
            ParagraphBeforeRule.Closing closing = inParagraph == null || before.isEmpty() ? null
                    : inParagraph.get(before.length());
            if (closing == null || closing.colon() || !fitsOwnCue(c, closing.speaker())) {
                continue;
            }
            c.entity = closing.speaker();
            c.cue = closing.cue();
            c.rule = RuleId.NAMED_IN_SENTENCE_BEFORE;
        }
    }

    /**
     * Whether the speaker of the sentence before may be the one the quotation's own unresolved cue names: "“…,” she
     * said" is never the state or the company whose statement came before.
     */
    static boolean fitsOwnCue(Candidate c, Entity speaker) {
        if (c.attribution == null || speaker == null) {
            return true;
        }
        SpeakerPhrase phrase = c.attribution.phrase();
        if (phrase.kind() == SourceKind.DOCUMENT) {
            return true; // "the statement said": whoever spoke before may have issued it
        }
        if (phrase.form() != SpeakerPhrase.Form.PRONOUN) {
            return false; // a name or description of its own that names someone else
        }
        Gender said = phrase.gender();
        return said == Gender.UNKNOWN ? !phrase.plural() || speaker.plural()
                : speaker.isPerson() && speaker.gender().compatibleWith(said);
    }
}

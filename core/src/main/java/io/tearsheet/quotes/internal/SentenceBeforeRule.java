package io.tearsheet.quotes.internal;

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
            if (closing == null || closing.colon()) {
                continue;
            }
            c.entity = closing.speaker();
            c.cue = closing.cue();
            c.rule = RuleId.NAMED_IN_SENTENCE_BEFORE;
        }
    }
}

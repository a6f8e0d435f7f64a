package io.tearsheet.quotes.internal;

import java.util.List;
import java.util.Map;

/**
 * A paragraph that is nothing but quotation takes its speaker from the last sentence of the paragraph before, when
 * that sentence is someone's reported speech and holds no quotation:
 * <ul>
 *   <li>"Caddell continued:" / "He said:" — the paragraph before ends on a cue and a colon, which introduces the
 *       quotation ({@link RuleId#INTRODUCED_BY_PARAGRAPH_BEFORE});</li>
 *   <li>"The message was simple, Halloran said." — the paragraph before closes on one speaker's reported speech,
 *       and the quotation goes on in their words ({@link RuleId#NAMED_IN_PARAGRAPH_BEFORE}).</li>
 * </ul>
 * Only a paragraph with no words of the writer's qualifies: any attribution of its own comes first.
 */
public final class ParagraphBeforeRule implements ContinuationRule {
    /**
     * How a paragraph closes: the speaker of the reported speech in its last sentence, the cue as written, and
     * whether the sentence ends with a colon.
     */
    public record Closing(Entity speaker, String cue, boolean colon, Resolution how) {
    }

    private final Map<Integer, Closing> closings;
    private final boolean introducedOnly;

    /**
     * @param closings       the closing speech of each paragraph that has one, by paragraph index
     * @param introducedOnly whether to apply only the colon form (the explicit one)
     */
    public ParagraphBeforeRule(Map<Integer, Closing> closings, boolean introducedOnly) {
        this.closings = closings;
        this.introducedOnly = introducedOnly;
    }

    @Override
    public void apply(List<Candidate> quotations) {
        for (Candidate c : quotations) {
            if (c.attributed() || c.scare || c.paragraph.hasWordsOutsideQuotations()
                    || !c.paragraph.text().substring(0, c.quote.open()).isBlank()) {
                continue;
            }
            Closing closing = closings.get(c.paragraph.index() - 1);
            if (closing == null || introducedOnly && !closing.colon()) {
                continue;
            }
            c.entity = closing.speaker();
            c.cue = closing.cue();
            c.rule = closing.colon() ? RuleId.INTRODUCED_BY_PARAGRAPH_BEFORE : RuleId.NAMED_IN_PARAGRAPH_BEFORE;
            c.resolution = closing.colon() ? closing.how() : null;
        }
    }
}

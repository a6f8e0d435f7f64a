package io.tearsheet.quotes.internal;

import java.util.List;

/**
 * A quotation that runs over several paragraphs (an opening mark with no closing one at the end of a paragraph,
 * and an opening mark at the start of the next) is one speaker's: each paragraph's part gets the speaker found
 * for any part.
 */
public final class RunOnContinuation implements ContinuationRule {
    @Override
    public void apply(List<Candidate> quotations) {
        for (int i = 0; i + 1 < quotations.size(); i++) {
            Candidate c = quotations.get(i);
            Candidate next = quotations.get(i + 1);
            if (c.quote.runsOn() && next.paragraph.index() == c.paragraph.index() + 1
                    && next.paragraph.text().substring(0, next.quote.open()).isBlank()) {
                next.runsOnFrom = c;
            }
        }
        // forward, then backward: an attribution in any part reaches every part
        for (Candidate c : quotations) {
            if (!c.attributed() && c.runsOnFrom != null && c.runsOnFrom.attributed()) {
                c.inherit(c.runsOnFrom, RuleId.RUNS_ON_FROM_PARAGRAPH_BEFORE);
            }
        }
        for (int i = quotations.size() - 1; i >= 0; i--) {
            Candidate c = quotations.get(i);
            if (c.attributed() && c.runsOnFrom != null && !c.runsOnFrom.attributed()) {
                c.runsOnFrom.inherit(c, RuleId.RUNS_ON_INTO_ATTRIBUTED_PARAGRAPH);
            }
        }
    }
}

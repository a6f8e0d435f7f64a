package io.tearsheet.quotes.internal;

import java.util.List;

/**
 * “Q1.” “Q2,” she said. — an unattributed quotation directly followed, with only punctuation between, by an
 * attributed one of the same paragraph shares its speaker.
 */
public final class BackwardContinuation implements ContinuationRule {
    @Override
    public void apply(List<Candidate> quotations) {
        for (int i = quotations.size() - 2; i >= 0; i--) {
            Candidate c = quotations.get(i);
            Candidate next = quotations.get(i + 1);
            if (c.attributed() || c.scare || !next.attributed() || next.scare || next.paragraph != c.paragraph
                    || c.quote.runsOn() || !c.site.opensSentence()) {
                continue;
            }
            if (Separators.only(c.paragraph.text(), c.quote.after(), next.quote.open(), ",.;:—–-")) {
                c.inherit(next, RuleId.SHARES_SPEAKER_OF_QUOTATION_AFTER);
            }
        }
    }
}

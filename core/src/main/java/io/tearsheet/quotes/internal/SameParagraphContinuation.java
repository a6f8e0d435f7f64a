package io.tearsheet.quotes.internal;

import java.util.List;

/**
 * “Q1,” said Mr. Varga. “Q2.” — a quotation that follows an attributed one in the same paragraph, with nothing
 * but the attribution and punctuation between them, continues the same speaker. Anything more between them (a
 * sentence of the writer's, another name) breaks the chain.
 */
public final class SameParagraphContinuation implements ContinuationRule {
    @Override
    public void apply(List<Candidate> quotations) {
        for (int i = 1; i < quotations.size(); i++) {
            Candidate c = quotations.get(i);
            Candidate previous = quotations.get(i - 1);
            if (c.attributed() || c.scare || !previous.attributed() || previous.scare
                    || previous.paragraph != c.paragraph || !c.site.opensSentence() && !bridged(previous, c)) {
                continue;
            }
            if (bridged(previous, c)) {
                c.inherit(previous, RuleId.CONTINUES_QUOTATION_BEFORE);
            }
        }
    }

    /** Only the previous quotation's attribution and punctuation stand between the two. */
    static boolean bridged(Candidate previous, Candidate c) {
        String text = c.paragraph.text();
        int from = previous.quote.after();
        if (previous.attribution != null && previous.attribution.at() >= from) {
            from = Math.max(from, previous.attribution.end());
            // skip the cue verb and its complement up to the end of the attribution's sentence
            from = Math.max(from, previous.site.afterTo());
        }
        if (from > c.quote.open()) {
            return true;
        }
        return Separators.only(text, from, c.quote.open(), ",.;:—–-");
    }
}

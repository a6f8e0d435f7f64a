package io.tearsheet.quotes.internal;

import java.util.List;

/**
 * Gives an unattributed quotation the speaker of a neighbouring one, where news style makes that certain:
 * a second quotation right after an attributed one, the next paragraph of a quotation that runs on, a
 * paragraph that goes on quoting the speaker of the paragraph before.
 */
public interface ContinuationRule {

    /** Attributes what it can among the top-level quotations, given in reading order. */
    void apply(List<Candidate> quotations);
}

package io.tearsheet.quotes.internal;

import java.util.List;

/**
 * A paragraph that opens with a quotation and names no speaker anywhere goes on quoting the speaker whose
 * attributed quotation ended the paragraph before (the common news layout of one speaker over two
 * paragraphs).
 */
public final class NextParagraphContinuation implements ContinuationRule {
    @Override
    public void apply(List<Candidate> quotations) {
        for (int i = 1; i < quotations.size(); i++) {
            Candidate c = quotations.get(i);
            Candidate previous = quotations.get(i - 1);
            if (c.attributed() || c.scare || c.runsOnFrom != null || !previous.attributed() || previous.scare
                    || previous.paragraph.index() != c.paragraph.index() - 1 || !c.site.opensSentence()
                    || !c.paragraph.text().substring(0, c.quote.open()).isBlank()) {
                continue;
            }
            if (endsParagraph(previous) && !namesAnyone(c)) {
                c.inherit(previous, RuleId.CONTINUES_PARAGRAPH_BEFORE);
            }
        }
    }

    /** The previous quotation and its attribution are the last words of their paragraph. */
    private static boolean endsParagraph(Candidate previous) {
        String text = previous.paragraph.text();
        int from = Math.max(previous.quote.after(), previous.site == null ? 0 : previous.site.afterTo());
        return from >= text.length() || Separators.only(text, from, text.length(), ".,;:");
    }

    /** Whether the paragraph has any words outside quotations but punctuation (an attribution, a new subject). */
    private static boolean namesAnyone(Candidate c) {
        return c.paragraph.hasWordsOutsideQuotations();
    }
}

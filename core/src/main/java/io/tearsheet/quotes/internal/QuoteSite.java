package io.tearsheet.quotes.internal;

/**
 * A top-level quotation and the writer's words around it, where attributions are looked for: before it, back to
 * the start of its sentence or the previous quotation; after it, up to the end of its sentence or the next
 * quotation.
 *
 * @param paragraph  the paragraph
 * @param quote      the quotation
 * @param beforeFrom first char of the words before it
 * @param afterTo    one past the last char of the words after it
 */
public record QuoteSite(ParagraphText paragraph, MarkedQuote quote, int beforeFrom, int afterTo) {

    public String before() {
        return paragraph.text().substring(beforeFrom, quote.open());
    }

    public String after() {
        return quote.runsOn() ? "" : paragraph.text().substring(quote.after(), afterTo);
    }

    /** Whether the quotation opens its sentence (nothing but an introduction with a colon before it). */
    public boolean opensSentence() {
        String before = before().strip();
        return before.isEmpty() || before.endsWith(":");
    }
}

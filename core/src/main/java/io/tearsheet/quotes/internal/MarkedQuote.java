package io.tearsheet.quotes.internal;

/**
 * Words between quotation marks in one paragraph, by char index in the paragraph's plain text.
 *
 * @param open   index of the opening mark
 * @param start  first char of the quoted words
 * @param end    one past the last quoted char (the closing mark's index, or the paragraph's end, trimmed)
 * @param close  index of the closing mark, or -1 when the quotation runs on past the end of the paragraph
 * @param depth  0 for a quotation in the writer's text, 1 for one inside a quotation, …
 * @param parent index (in the paragraph's list) of the quotation this one sits in, or -1
 */
public record MarkedQuote(int open, int start, int end, int close, int depth, int parent) {

    /** Whether the quotation is still open at the end of its paragraph (it goes on in the next one). */
    public boolean runsOn() {
        return close < 0;
    }

    /** The index just after the closing mark (the paragraph's end for a quotation that runs on). */
    public int after() {
        return close < 0 ? end : close + 1;
    }
}

package io.tearsheet.model;

/**
 * A run of text inside a block: plain text, emphasis, a link, a quotation, an editorial insertion.
 *
 * <p>The hierarchy is closed, so a visitor that handles every case is complete; a new kind of inline
 * breaks every exporter at compile time rather than at run time. Containers
 * ({@link Emphasis}, {@link Strong}, {@link Link}, {@link QuoteSpan}) hold further inlines; leaves hold
 * text. The plain text of an inline tree is the concatenation of its leaves' text, in order (see
 * {@link Inlines#plainText(java.util.List)}).
 *
 * @since 0.1.0
 */
public sealed interface Inline permits Text, EditorialInsertion, InlineContainer {

    <R> R accept(InlineVisitor<R> visitor);
}

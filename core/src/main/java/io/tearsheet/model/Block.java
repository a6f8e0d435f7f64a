package io.tearsheet.model;

/**
 * A block of an article's body: a paragraph, a subheading, a block quotation, a figure, a list or
 * a divider. The hierarchy is closed; see {@link BlockVisitor}.
 *
 * @since 0.1.0
 */
public sealed interface Block permits Paragraph, Heading, BlockQuote, Figure, ListBlock, Divider {

    <R> R accept(BlockVisitor<R> visitor);
}

package io.tearsheet.model;

/**
 * One method per kind of {@link Inline}; there are deliberately no defaults, so adding a kind breaks
 * every visitor at compile time.
 *
 * @param <R> what each visit returns
 * @since 0.1.0
 */
public interface InlineVisitor<R> {
    R visitText(Text text);

    R visitEmphasis(Emphasis emphasis);

    R visitStrong(Strong strong);

    R visitLink(Link link);

    R visitQuoteSpan(QuoteSpan quote);

    R visitEditorialInsertion(EditorialInsertion insertion);
}

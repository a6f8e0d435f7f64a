package io.tearsheet.model;

import java.util.List;

/**
 * The words of a {@link Quote} where they stand in a paragraph. The quotation marks themselves stay
 * outside the span, as ordinary text, so the span holds exactly {@link Quote#text()}.
 * Spans may nest (a quotation inside a quotation).
 *
 * @param quoteId the {@link Quote#id()} this span marks; it must exist in the article
 * @param content the quoted inlines
 * @since 0.1.0
 */
public record QuoteSpan(String quoteId, List<Inline> content) implements InlineContainer {
    public QuoteSpan {
        Checks.requiredText(quoteId, "quoteSpan.quoteId");
        content = Checks.list(content, "quoteSpan.content");
    }

    public static QuoteSpan of(String quoteId, Inline... content) {
        return new QuoteSpan(quoteId, List.of(content));
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitQuoteSpan(this);
    }
}

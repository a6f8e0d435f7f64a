package io.tearsheet.model;

import java.util.List;

/**
 * An inline that holds further inlines: emphasis, strong emphasis, a link or a quotation.
 *
 * @since 0.1.0
 */
public sealed interface InlineContainer extends Inline permits Emphasis, Strong, Link, QuoteSpan {

    /** The inlines inside this one, never null. */
    List<Inline> content();
}

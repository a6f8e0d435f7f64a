package io.tearsheet.html.internal;

import io.tearsheet.model.Emphasis;
import io.tearsheet.model.Inline;
import io.tearsheet.model.InlineContainer;
import io.tearsheet.model.Link;
import io.tearsheet.model.QuoteSpan;
import io.tearsheet.model.Strong;

import java.util.List;

/** Rebuilding inline containers with new content, for the passes that rewrite text inside them. */
final class InlineTrees {
    private InlineTrees() {
    }

    /** A container of the same kind (and link target, or quote id) as {@code container}, holding {@code content}. */
    static Inline rebuild(InlineContainer container, List<Inline> content) {
        if (container instanceof Emphasis) {
            return new Emphasis(content);
        }
        if (container instanceof Strong) {
            return new Strong(content);
        }
        if (container instanceof Link link) {
            return new Link(link.href(), content);
        }
        return new QuoteSpan(((QuoteSpan) container).quoteId(), content);
    }
}

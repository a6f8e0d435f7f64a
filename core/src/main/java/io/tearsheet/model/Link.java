package io.tearsheet.model;

import java.util.List;

/**
 * A hyperlink.
 *
 * @param href    the target as written by the reader: an absolute URL where the reader could resolve one
 * @param content the linked inlines
 * @since 0.1.0
 */
public record Link(String href, List<Inline> content) implements InlineContainer {
    public Link {
        Checks.requiredText(href, "link.href");
        content = Checks.list(content, "link.content");
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitLink(this);
    }
}

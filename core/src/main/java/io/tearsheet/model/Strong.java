package io.tearsheet.model;

import java.util.List;

/**
 * Strongly emphasised text, usually set in bold.
 *
 * @param content the emphasised inlines
 * @since 0.1.0
 */
public record Strong(List<Inline> content) implements InlineContainer {
    public Strong {
        content = Checks.list(content, "strong.content");
    }

    public static Strong of(Inline... content) {
        return new Strong(List.of(content));
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitStrong(this);
    }
}

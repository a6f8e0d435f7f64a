package io.tearsheet.model;

import java.util.List;

/**
 * Emphasised text, usually set in italics (titles of works, foreign words, stress).
 *
 * @param content the emphasised inlines
 * @since 0.1.0
 */
public record Emphasis(List<Inline> content) implements InlineContainer {
    public Emphasis {
        content = Checks.list(content, "emphasis.content");
    }

    public static Emphasis of(Inline... content) {
        return new Emphasis(List.of(content));
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitEmphasis(this);
    }
}

package io.tearsheet.model;

import java.util.List;

/**
 * A subheading inside the body. The article's headline is metadata, not a heading block.
 *
 * @param level   2 to 6; level 1 is reserved for the headline
 * @param content the heading's inlines
 * @since 0.1.0
 */
public record Heading(int level, List<Inline> content) implements Block {
    public Heading {
        if (level < 2 || level > 6) {
            throw new InvalidArticleException("heading.level must be 2 to 6, was " + level);
        }
        content = Checks.list(content, "heading.content");
    }

    public static Heading of(int level, String text) {
        return new Heading(level, List.of(new Text(text)));
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitHeading(this);
    }
}

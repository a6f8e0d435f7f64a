package io.tearsheet.model;

/**
 * A thematic break between parts of an article (a row of asterisks or a rule in print).
 *
 * @since 0.1.0
 */
public record Divider() implements Block {
    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitDivider(this);
    }
}

package io.tearsheet.model;

/**
 * Plain text, typographically normalised (curly quotes and apostrophes).
 *
 * @param text the characters, never null
 * @since 0.1.0
 */
public record Text(String text) implements Inline {
    public Text {
        Checks.required(text, "text");
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitText(this);
    }
}

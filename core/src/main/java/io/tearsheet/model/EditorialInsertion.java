package io.tearsheet.model;

/**
 * Words the editor added inside a quotation, shown in brackets in print: in
 * “The message we asked you to convey [to Gorbachev]”, the insertion's text is {@code to Gorbachev}.
 * The brackets are not part of the text; exporters draw them.
 *
 * @param text the inserted words, without brackets
 * @since 0.1.0
 */
public record EditorialInsertion(String text) implements Inline {
    public EditorialInsertion {
        Checks.required(text, "insertion.text");
    }

    @Override
    public <R> R accept(InlineVisitor<R> visitor) {
        return visitor.visitEditorialInsertion(this);
    }
}

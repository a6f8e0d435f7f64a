package io.tearsheet.model;

/**
 * Words the editor added inside a quotation, shown in brackets in print: in
 * “The offer we asked you to pass on [to the union]”, the insertion's text is {@code to the union}.
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

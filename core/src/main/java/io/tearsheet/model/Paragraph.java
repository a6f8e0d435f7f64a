package io.tearsheet.model;

import java.util.List;

/**
 * A paragraph of running text. Paragraphs are the unit that {@link Quote} locations refer to: the
 * article numbers them from zero in reading order (see {@link Article#paragraphs()}).
 *
 * @param content the inlines of the paragraph
 * @since 0.1.0
 */
public record Paragraph(List<Inline> content) implements Block {
    public Paragraph {
        content = Checks.list(content, "paragraph.content");
    }

    public static Paragraph of(Inline... content) {
        return new Paragraph(List.of(content));
    }

    public static Paragraph of(String text) {
        return new Paragraph(List.of(new Text(text)));
    }

    /** The paragraph's plain text: every leaf's text, concatenated in order. */
    public String plainText() {
        return Inlines.plainText(content);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitParagraph(this);
    }
}

package io.tearsheet.model;

import java.util.List;

/**
 * An image with its caption, credit and alternative text, kept apart because archives and
 * accessibility rules treat them differently.
 *
 * @param source  where the image is: an absolute URL or a path relative to the input file; never null
 * @param caption the caption's inlines (may be empty)
 * @param credit  who made the image ("Photo: Jane Doe/Reuters"), or null
 * @param altText a description for readers who cannot see the image, or null when the page gave none
 * @since 0.1.0
 */
public record Figure(String source, List<Inline> caption, String credit, String altText) implements Block {
    public Figure {
        Checks.requiredText(source, "figure.source");
        caption = Checks.list(caption, "figure.caption");
        credit = Checks.optionalText(credit);
        altText = Checks.optionalText(altText);
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitFigure(this);
    }
}

package io.tearsheet.model;

/**
 * One method per kind of {@link Block}, with no defaults: a new kind breaks every visitor at compile time.
 *
 * @param <R> what each visit returns
 * @since 0.1.0
 */
public interface BlockVisitor<R> {
    R visitParagraph(Paragraph paragraph);

    R visitHeading(Heading heading);

    R visitBlockQuote(BlockQuote blockQuote);

    R visitFigure(Figure figure);

    R visitList(ListBlock list);

    R visitDivider(Divider divider);
}

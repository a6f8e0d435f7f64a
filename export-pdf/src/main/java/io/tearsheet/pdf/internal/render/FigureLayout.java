package io.tearsheet.pdf.internal.render;

import io.tearsheet.export.FigureImages;
import io.tearsheet.export.Image;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Inlines;
import io.tearsheet.pdf.internal.page.FigureItem;
import io.tearsheet.pdf.internal.page.FlowItem;
import io.tearsheet.pdf.internal.page.ImageItem;
import io.tearsheet.pdf.internal.page.SpaceItem;
import io.tearsheet.pdf.internal.tagging.StructNode;
import io.tearsheet.pdf.internal.text.Alignment;
import io.tearsheet.pdf.internal.text.InlineFlattener;
import io.tearsheet.pdf.internal.text.LineSetter;
import io.tearsheet.pdf.internal.text.Span;
import io.tearsheet.pdf.internal.text.TypesetLine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets a figure in its column: its picture (or, when there is none, a framed placeholder with the description
 * inside), then the caption and credit; tagged as a Div holding the Figure, whose /Alt is the description (else
 * the caption), and its Caption. One article's; not thread-safe.
 */
final class FigureLayout {
    /** The /Alt of a figure with neither a description nor a caption. */
    static final String NO_DESCRIPTION = "Image without a description";

    private final RenderContext context;
    private final Typography type;
    private final Spacing spacing;
    private final LineSetter setter;
    private final FigureImages images;

    FigureLayout(RenderContext context, LineSetter setter, FigureImages images) {
        this.context = context;
        this.type = context.type;
        this.spacing = context.type.spacing();
        this.setter = setter;
        this.images = images;
    }

    /**
     * Adds {@code figure}'s items, indented {@code left} and {@code right} in the column, its elements under
     * {@code parent}.
     */
    void add(Figure figure, StructNode parent, float left, float right, List<FlowItem> items) throws IOException {
        StructNode div = parent.child("Div");
        String captionText = context.clean(Inlines.plainText(figure.caption())).strip();
        String alt = figure.altText() == null ? null : context.clean(figure.altText()).strip();
        if (alt == null || alt.isEmpty()) {
            alt = captionText.isEmpty() ? NO_DESCRIPTION : captionText;
        }
        StructNode node = div.child("Figure").alt(alt);
        float width = context.composer.width() - left - right;
        float textHeight = context.composer.geometry().bottom() - context.composer.geometry().top();
        var picture = images.image(figure);
        if (picture.isPresent()) {
            items.add(new SpaceItem(spacing.beforePicture(), false));
            items.add(picture(picture.get().image(), node, width, textHeight));
        } else {
            placeholder(alt, node, width, textHeight, items);
        }
        StructNode caption = div.child("Caption");
        List<Span> spans = new ArrayList<>(InlineFlattener.flatten(figure.caption(), type.caption(), caption));
        if (figure.credit() != null) {
            if (!spans.isEmpty()) {
                spans.add(Span.added(" ", type.caption()));
            }
            spans.add(Span.added(figure.credit(), type.credit()));
        }
        List<TypesetLine> lines = setter.set(spans, width, Alignment.LEFT, 0);
        items.add(new SpaceItem(spacing.beforeCaption(), true));
        FlowLines.add(lines, caption, left, items, false, FlowLines.NO_PARAGRAPH);
        items.add(new SpaceItem(spacing.afterFigure(), false));
    }

    /**
     * The picture across the column, proportions kept: never enlarged past one point a pixel (a small picture
     * stays small), and never so tall that its caption cannot follow it on the page.
     */
    private ImageItem picture(Image image, StructNode node, float width, float textHeight) {
        float scale = Math.min(1f, width / image.width());
        scale = Math.min(scale, textHeight * spacing.pictureShare() / image.height());
        return new ImageItem(image.height() * scale, image.width() * scale, node, context.pictures.object(image));
    }

    /** A framed box with the description inside, where a picture that is not available would be. */
    private void placeholder(String alt, StructNode node, float width, float textHeight, List<FlowItem> items)
            throws IOException {
        float height = Math.min(width * spacing.placeholderAspect(), textHeight * spacing.placeholderShare());
        List<TypesetLine> altLines = setter.set(List.of(Span.added(alt, type.alt())),
                width - 2 * FigureItem.TEXT_INSET, Alignment.CENTERED, 0);
        List<TypesetLine> fitting = new ArrayList<>();
        float used = 0;
        for (TypesetLine line : altLines) {
            if (used + line.leading() > height - spacing.placeholderTextRoom()) {
                break;
            }
            fitting.add(line);
            used += line.leading();
        }
        items.add(new SpaceItem(spacing.beforePicture(), false));
        items.add(new FigureItem(height, node, fitting));
    }
}

package io.tearsheet.pdf.internal.page;

import io.tearsheet.pdf.internal.tagging.StructNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.util.Objects;

/**
 * A figure's picture, drawn centred in the column at the size given, tagged as a Figure whose /Alt describes it and
 * whose /BBox is where it landed.
 *
 * @param height the height drawn, in points
 * @param width  the width drawn, in points, at most the column's
 * @param node   the Figure element
 * @param image  the image, embedded once however often it is drawn
 */
public record ImageItem(float height, float width, StructNode node, PDImageXObject image) implements FlowItem {
    public ImageItem {
        Objects.requireNonNull(node, "node must not be null");
        Objects.requireNonNull(image, "image must not be null");
    }

    @Override
    public boolean keepWithNext() {
        return true;
    }
}

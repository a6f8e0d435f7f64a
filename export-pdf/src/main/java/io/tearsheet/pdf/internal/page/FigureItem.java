package io.tearsheet.pdf.internal.page;

import io.tearsheet.pdf.internal.tagging.StructNode;
import io.tearsheet.pdf.internal.text.TypesetLine;

import java.util.List;

/**
 * The place of an image that is not available (see {@link ImageItem} for one that is): a framed, tinted box with the alternative text set inside,
 * tagged as a Figure whose /Alt is that text.
 *
 * @param height the frame's height
 * @param node   the Figure element
 * @param lines  the alternative text, set to fit inside the frame
 */
public record FigureItem(float height, StructNode node, List<TypesetLine> lines) implements FlowItem {
    /** The space between the frame and the alternative text, each side; the text is set this much narrower. */
    public static final float TEXT_INSET = 12;

    public FigureItem {
        lines = List.copyOf(lines);
    }

    @Override
    public boolean keepWithNext() {
        return true;
    }
}

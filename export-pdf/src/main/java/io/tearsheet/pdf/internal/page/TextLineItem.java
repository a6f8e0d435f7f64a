package io.tearsheet.pdf.internal.page;

import io.tearsheet.pdf.internal.tagging.StructNode;
import io.tearsheet.pdf.internal.text.TypesetLine;

/**
 * A line of text in a column.
 *
 * @param line         the glyphs
 * @param node         the structure element the text belongs to (P, H1, LBody…)
 * @param indent       the offset from the column's left edge
 * @param paragraph    the paragraph's index in {@code Article.paragraphs()}, or −1
 * @param keepWithNext whether to avoid a break after this line
 */
public record TextLineItem(TypesetLine line, StructNode node, float indent, int paragraph, boolean keepWithNext)
        implements FlowItem {
    @Override
    public float height() {
        return line.leading();
    }
}

package io.tearsheet.pdf.internal.page;

/**
 * Vertical space; dropped at the top of a column.
 *
 * @param height       the space in points
 * @param keepWithNext whether to avoid a break after it
 */
public record SpaceItem(float height, boolean keepWithNext) implements FlowItem {
}

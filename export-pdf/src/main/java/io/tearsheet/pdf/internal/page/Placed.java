package io.tearsheet.pdf.internal.page;

/**
 * An item and where it goes on its page: its column (from 0; −1 for items that span the text block) and the
 * distance from the top of the page to its top.
 *
 * @param item   the item
 * @param column the column, or −1 across the text block
 * @param top    the item's top, in points from the top of the page
 */
record Placed(FlowItem item, int column, float top) {
}

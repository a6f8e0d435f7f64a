package io.tearsheet.pdf.internal.page;

import io.tearsheet.pdf.Margins;
import io.tearsheet.pdf.PageSize;

/**
 * Where text goes on a page: the text block inside the margins (mirrored on verso pages when two-sided),
 * divided into columns.
 *
 * @param size     the page size
 * @param margins  the margins
 * @param columns  1 or 2
 * @param gutter   the space between columns, in points
 * @param twoSided whether pages face each other (odd pages are recto)
 */
public record PageGeometry(PageSize size, Margins margins, int columns, float gutter, boolean twoSided) {

    /** Whether page {@code number} (from 1) is a right-hand page. */
    public static boolean isRecto(int number) {
        return number % 2 == 1;
    }

    /** The left edge of the text block on page {@code number}. */
    public float left(int number) {
        return twoSided && !isRecto(number) ? margins.outer() : margins.inner();
    }

    /** The text block's width. */
    public float textWidth() {
        return size.width() - margins.inner() - margins.outer();
    }

    public float columnWidth() {
        return (textWidth() - gutter * (columns - 1)) / columns;
    }

    /** The left edge of column {@code column} (from 0) on page {@code number}. */
    public float columnLeft(int number, int column) {
        return left(number) + column * (columnWidth() + gutter);
    }

    /** The distance from the top of the page to the top of the text block. */
    public float top() {
        return margins.top();
    }

    /** The distance from the top of the page to the bottom of the text block. */
    public float bottom() {
        return size.height() - margins.bottom();
    }
}

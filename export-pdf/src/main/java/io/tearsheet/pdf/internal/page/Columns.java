package io.tearsheet.pdf.internal.page;

/**
 * The columns a {@link ColumnFitter} fills, one after another: those of the pages being composed, of a trial
 * balancing of one page, or of pages only being counted.
 *
 * @param <E> what moving on or putting an item may throw: {@link java.io.IOException} when full pages are written
 *            out as they are left, nothing checked when only measuring
 */
interface Columns<E extends Exception> {

    /** The top of the column being filled, in points from the top of the page. */
    float top();

    /** The bottom of the column being filled, in points from the top of the page. */
    float bottom();

    /**
     * Moves on to the next column (on the next page, when this was the last of its page).
     *
     * @return false when there is no next column: the items overflow
     */
    boolean advance() throws E;

    /**
     * {@code item} goes at {@code top} in the column being filled; {@code dropped} when it is space at the head of
     * a column, which takes no room there (balancing may still move it back into the middle of a column).
     */
    void put(FlowItem item, float top, boolean dropped) throws E;
}

package io.tearsheet.pdf.internal.page;

import java.util.List;

/**
 * Fills columns with flow items in reading order, the one rule by which pages are composed, balanced and
 * counted: an item goes below the one before it unless it, with the items it is kept with, would pass the
 * column's foot, and then the column is ended; space at the head of a column is dropped; an item taller than a
 * whole column still goes at the head of one. Knows nothing of PDF. Not thread-safe.
 */
final class ColumnFitter {
    /**
     * How far, in points, an item may pass a column's foot and still count as fitting: the sums of many line
     * heights gather rounding errors, and a column that fits exactly must not be broken by them.
     */
    static final float TOLERANCE = 0.01f;
    /** The most items a keep chain joins; a longer chain (a very long heading) may be broken. */
    private static final int LONGEST_KEEP_CHAIN = 24;

    private float cursor;
    private boolean columnEmpty = true;

    /** A fitter whose first column starts, empty, at {@code top}. */
    ColumnFitter(float top) {
        this.cursor = top;
    }

    /**
     * Puts {@code items} into {@code columns} from the cursor on, moving on to the next column as each fills.
     *
     * @return false when the columns ran out before the items did
     */
    <E extends Exception> boolean fill(List<FlowItem> items, Columns<E> columns) throws E {
        for (int i = 0; i < items.size(); i++) {
            FlowItem item = items.get(i);
            if (item instanceof SpaceItem && columnEmpty) {
                columns.put(item, cursor, true);
                continue;
            }
            if (!columnEmpty && exceeds(cursor + chainHeight(items, i), columns.bottom())) {
                if (!columns.advance()) {
                    return false;
                }
                startColumn(columns.top());
                if (item instanceof SpaceItem) {
                    columns.put(item, cursor, true);
                    continue;
                }
            }
            columns.put(item, cursor, false);
            cursor += item.height();
            columnEmpty = false;
        }
        return true;
    }

    /** Starts an empty column at {@code top}. */
    void startColumn(float top) {
        cursor = top;
        columnEmpty = true;
    }

    /** Moves the cursor (after balancing moved the items above it), the column staying as empty or full as it was. */
    void moveTo(float top) {
        cursor = top;
    }

    /** Where the next item goes, in points from the top of the page. */
    float cursor() {
        return cursor;
    }

    /** Whether {@code y} lies below {@code foot} by more than the {@link #TOLERANCE}. */
    static boolean exceeds(float y, float foot) {
        return y > foot + TOLERANCE;
    }

    /** The height of item {@code i} and of the items it must stay with. */
    static float chainHeight(List<FlowItem> items, int i) {
        float height = items.get(i).height();
        int j = i;
        while (items.get(j).keepWithNext() && j + 1 < items.size() && j - i < LONGEST_KEEP_CHAIN) {
            j++;
            height += items.get(j).height();
        }
        return height;
    }
}

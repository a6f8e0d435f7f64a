package io.tearsheet.pdf.internal.page;

import java.util.ArrayList;
import java.util.List;

/**
 * Evens out two columns: finds the shortest first column that lets the rest of the items fit in the second, so
 * that an article ending part-way down a page ends with columns of about equal length rather than one full
 * column beside a short one. Fits with {@link ColumnFitter}, so keeps are respected. Knows nothing of PDF.
 */
final class ColumnBalancer {
    /** How much taller, in points, each trial lets the first column be than the one before. */
    static final float STEP = 2;

    private ColumnBalancer() {
    }

    /**
     * {@code items} set into two columns that start at {@code columnTop} and end at {@code foot}, the first column
     * no taller than needed; empty when the items are nothing but space, null when they do not fit in two columns.
     */
    static List<Placed> balance(List<FlowItem> items, float columnTop, float foot) {
        float total = 0;
        for (FlowItem item : items) {
            total += item.height();
        }
        float available = foot - columnTop;
        for (float target = total / 2; target <= available; target += STEP) {
            List<Placed> placed = trial(items, columnTop, target, foot);
            if (placed != null) {
                return placed;
            }
        }
        return null;
    }

    /** The items set into two columns, the first no taller than {@code target}; null if the second overflows. */
    private static List<Placed> trial(List<FlowItem> items, float columnTop, float target, float foot) {
        List<Placed> placed = new ArrayList<>(items.size());
        ColumnFitter fitter = new ColumnFitter(columnTop);
        boolean fitted = fitter.fill(items, new Columns<RuntimeException>() {
            private int column;

            @Override
            public float top() {
                return columnTop;
            }

            @Override
            public float bottom() {
                return column == 0 ? columnTop + target : foot;
            }

            @Override
            public boolean advance() {
                column++;
                return column < 2;
            }

            @Override
            public void put(FlowItem item, float top, boolean dropped) {
                if (!dropped) {
                    placed.add(new Placed(item, column, top));
                }
            }
        });
        return !fitted || ColumnFitter.exceeds(fitter.cursor(), foot) ? null : placed;
    }
}

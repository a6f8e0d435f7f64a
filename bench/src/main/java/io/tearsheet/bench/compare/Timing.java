package io.tearsheet.bench.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The spread of repeated measurements of one thing, in milliseconds: median, quartiles and the number of samples.
 * Ratios are of medians; the quartiles are the error column.
 *
 * @param median  the median
 * @param p25     the first quartile
 * @param p75     the third quartile
 * @param samples how many measurements
 */
record Timing(double median, double p25, double p75, long samples) {

    /** The timing of these measurements (milliseconds). */
    static Timing of(List<Double> millis) {
        if (millis.isEmpty()) {
            throw new IllegalArgumentException("no measurements");
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new Timing(percentile(sorted, 50), percentile(sorted, 25), percentile(sorted, 75), sorted.size());
    }

    private static double percentile(List<Double> sorted, double p) {
        double rank = p / 100 * (sorted.size() - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted.get(low) + (sorted.get(high) - sorted.get(low)) * (rank - low);
    }

    /** {@code 12.3 ms (11.9–13.0, n=10)} with a precision that suits the size. */
    String describe() {
        return format(median) + " (" + format(p25) + "–" + format(p75) + ", n=" + samples + ")";
    }

    static String format(double millis) {
        if (millis >= 10_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000);
        }
        if (millis >= 100) {
            return String.format(Locale.ROOT, "%.0f ms", millis);
        }
        if (millis >= 1) {
            return String.format(Locale.ROOT, "%.2f ms", millis);
        }
        return String.format(Locale.ROOT, "%.1f µs", millis * 1000);
    }
}

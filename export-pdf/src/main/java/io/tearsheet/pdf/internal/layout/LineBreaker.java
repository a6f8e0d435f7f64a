package io.tearsheet.pdf.internal.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Total-fit line breaking (Knuth and Plass, "Breaking Paragraphs into Lines", 1981): of all ways to break a
 * paragraph, chooses the one with the least total demerits, so that spacing is even across the whole
 * paragraph rather than greedily line by line. Immutable and thread-safe.
 *
 * <p>The items must end with a forced break (usually {@link Glue#fill()} then {@link Penalty#forced()}).
 * When no set of breaks keeps every line within the tolerance, {@link #breakLines} falls back to first-fit
 * breaking, letting a line overflow only when a single box is wider than the line.
 *
 * <pre>{@code
 * List<Line> lines = LineBreaker.builder().tolerance(2).build().breakLines(items, 300);
 * }</pre>
 */
public final class LineBreaker {
    private final double tolerance;
    private final double linePenalty;
    private final double flaggedDemerits;
    private final double fitnessDemerits;

    private LineBreaker(Builder builder) {
        this.tolerance = builder.tolerance;
        this.linePenalty = builder.linePenalty;
        this.flaggedDemerits = builder.flaggedDemerits;
        this.fitnessDemerits = builder.fitnessDemerits;
    }

    /** A breaker with TeX's costs: line penalty 10, double-hyphen and fitness demerits 3000, tolerance 2. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The best breaks within the tolerance, or an empty list when there are none (the caller may then retry
     * with a larger tolerance or with hyphenation points added).
     *
     * @param items     the paragraph; the last item must be a forced break
     * @param lineWidth the width of every line, in points
     */
    public List<Line> optimalBreaks(List<Item> items, double lineWidth) {
        checkEnd(items);
        Sums sums = Sums.of(items);
        List<Node> active = new ArrayList<>();
        active.add(new Node(0, 0, 1, 0, 0, null, 0, false));
        for (int b = 0; b < items.size(); b++) {
            Item item = items.get(b);
            boolean legal = item instanceof Penalty p ? p.penalty() < Penalty.FORBIDDEN
                    : item instanceof Glue && b > 0 && items.get(b - 1) instanceof Box;
            if (!legal) {
                continue;
            }
            double penalty = item instanceof Penalty p ? p.penalty() : 0;
            boolean flagged = item instanceof Penalty p && p.flagged();
            boolean forced = item instanceof Penalty p && p.isForced();
            Node[] best = new Node[4];
            double[] bestDemerits = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
            for (int i = 0; i < active.size(); i++) {
                Node a = active.get(i);
                double ratio = ratio(items, sums, a, b, lineWidth);
                if (ratio < -1 || forced) {
                    active.remove(i--);
                }
                if (ratio >= -1 && ratio <= tolerance) {
                    double badness = 100 * Math.pow(Math.abs(ratio), 3);
                    double demerits = Math.pow(linePenalty + badness, 2);
                    if (penalty >= 0) {
                        demerits += penalty * penalty;
                    } else if (penalty > Penalty.FORCED) {
                        demerits -= penalty * penalty;
                    }
                    if (flagged && a.flagged) {
                        demerits += flaggedDemerits;
                    }
                    int fitness = fitness(ratio);
                    if (a.line > 0 && Math.abs(fitness - a.fitness) > 1) {
                        demerits += fitnessDemerits;
                    }
                    demerits += a.totalDemerits;
                    if (demerits < bestDemerits[fitness]) {
                        bestDemerits[fitness] = demerits;
                        best[fitness] = new Node(b, a.line + 1, fitness, ratio, demerits, a, 0, flagged);
                    }
                }
            }
            for (Node candidate : best) {
                if (candidate != null) {
                    active.add(candidate.withStart(startAfter(items, b)));
                }
            }
            if (active.isEmpty()) {
                return List.of();
            }
        }
        Node last = null;
        for (Node node : active) {
            if (node.position == items.size() - 1 && (last == null || node.totalDemerits < last.totalDemerits)) {
                last = node;
            }
        }
        if (last == null) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        for (Node node = last; node.previous != null; node = node.previous) {
            lines.add(new Line(node.previous.start, node.position, node.ratio));
        }
        Collections.reverse(lines);
        return List.copyOf(lines);
    }

    /**
     * The best breaks within the tolerance, else first-fit breaks: this never fails.
     *
     * @param items     the paragraph; the last item must be a forced break
     * @param lineWidth the width of every line, in points
     */
    public List<Line> breakLines(List<Item> items, double lineWidth) {
        List<Line> optimal = optimalBreaks(items, lineWidth);
        return optimal.isEmpty() ? firstFit(items, lineWidth) : optimal;
    }

    /**
     * Breaks each line at the last legal break that fits, or at the first legal break when even that
     * overflows (a word wider than the line).
     */
    public static List<Line> firstFit(List<Item> items, double lineWidth) {
        checkEnd(items);
        Sums sums = Sums.of(items);
        List<Line> lines = new ArrayList<>();
        int start = startAfter(items, -1);
        while (start < items.size()) {
            int chosen = -1;
            for (int b = start; b < items.size(); b++) {
                Item item = items.get(b);
                boolean legal = item instanceof Penalty p ? p.penalty() < Penalty.FORBIDDEN
                        : item instanceof Glue && b > start && items.get(b - 1) instanceof Box;
                if (!legal) {
                    continue;
                }
                double natural = sums.width[b] - sums.width[start]
                        + (item instanceof Penalty p ? p.width() : 0);
                if (natural > lineWidth && chosen >= 0) {
                    break;
                }
                chosen = b;
                if (natural > lineWidth || (item instanceof Penalty p && p.isForced())) {
                    break;
                }
            }
            Node from = new Node(0, 0, 1, 0, 0, null, start, false);
            double ratio = ratio(items, sums, from, chosen, lineWidth);
            lines.add(new Line(start, chosen, Math.max(-1, Math.min(ratio, 1))));
            start = startAfter(items, chosen);
            if (items.get(chosen) instanceof Penalty p && p.isForced()) {
                break;
            }
        }
        return List.copyOf(lines);
    }

    private static void checkEnd(List<Item> items) {
        Objects.requireNonNull(items, "items must not be null");
        if (items.isEmpty() || !(items.get(items.size() - 1) instanceof Penalty p) || !p.isForced()) {
            throw new IllegalArgumentException("a paragraph must end with a forced break");
        }
    }

    private static double ratio(List<Item> items, Sums sums, Node a, int b, double lineWidth) {
        double width = sums.width[b] - sums.width[a.start];
        double stretch = sums.stretch[b] - sums.stretch[a.start];
        double shrink = sums.shrink[b] - sums.shrink[a.start];
        if (items.get(b) instanceof Penalty p) {
            width += p.width();
        }
        if (width < lineWidth) {
            return stretch > 0 ? (lineWidth - width) / stretch : Double.POSITIVE_INFINITY;
        }
        if (width > lineWidth) {
            return shrink > 0 ? (lineWidth - width) / shrink : Double.NEGATIVE_INFINITY;
        }
        return 0;
    }

    private static int fitness(double ratio) {
        if (ratio < -0.5) {
            return 0;
        }
        if (ratio <= 0.5) {
            return 1;
        }
        if (ratio <= 1) {
            return 2;
        }
        return 3;
    }

    /** The first item of the line after a break at {@code b}: glue and penalties there are dropped. */
    static int startAfter(List<Item> items, int b) {
        int i = b + 1;
        while (i < items.size() && !(items.get(i) instanceof Box)) {
            if (items.get(i) instanceof Penalty p && p.isForced()) {
                break;
            }
            i++;
        }
        return i;
    }

    /** Prefix sums: element {@code i} is the total of items {@code [0, i)}. */
    private record Sums(double[] width, double[] stretch, double[] shrink) {
        static Sums of(List<Item> items) {
            double[] width = new double[items.size() + 1];
            double[] stretch = new double[items.size() + 1];
            double[] shrink = new double[items.size() + 1];
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                width[i + 1] = width[i];
                stretch[i + 1] = stretch[i];
                shrink[i + 1] = shrink[i];
                if (item instanceof Box box) {
                    width[i + 1] += box.width();
                } else if (item instanceof Glue glue) {
                    width[i + 1] += glue.width();
                    stretch[i + 1] += glue.stretch();
                    shrink[i + 1] += glue.shrink();
                }
            }
            return new Sums(width, stretch, shrink);
        }
    }

    /** A feasible break: where, which line it ends, and the best chain of breaks leading to it. */
    private record Node(int position, int line, int fitness, double ratio, double totalDemerits, Node previous,
                        int start, boolean flagged) {
        Node withStart(int newStart) {
            return new Node(position, line, fitness, ratio, totalDemerits, previous, newStart, flagged);
        }
    }

    /** Configures a {@link LineBreaker}. */
    public static final class Builder {
        private double tolerance = 2;
        private double linePenalty = 10;
        private double flaggedDemerits = 3000;
        private double fitnessDemerits = 3000;

        private Builder() {
        }

        /** The largest adjustment ratio allowed (1 means glue at most fully stretched). */
        public Builder tolerance(double tolerance) {
            this.tolerance = tolerance;
            return this;
        }

        public Builder linePenalty(double linePenalty) {
            this.linePenalty = linePenalty;
            return this;
        }

        public Builder flaggedDemerits(double flaggedDemerits) {
            this.flaggedDemerits = flaggedDemerits;
            return this;
        }

        public Builder fitnessDemerits(double fitnessDemerits) {
            this.fitnessDemerits = fitnessDemerits;
            return this;
        }

        public LineBreaker build() {
            return new LineBreaker(this);
        }
    }
}

package io.tearsheet.pdf.internal.layout;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineBreakerTest {
    private static final double SPACE = 3;

    /** Words of the given widths, separated by spaces that stretch by 3 and shrink by 1. */
    private static List<Item> paragraph(double... words) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                items.add(new Glue(SPACE, 3, 1));
            }
            items.add(new Box(words[i]));
        }
        items.add(Glue.fill());
        items.add(Penalty.forced());
        return items;
    }

    private static double naturalWidth(List<Item> items, Line line) {
        double width = 0;
        for (int i = line.start(); i < line.end(); i++) {
            Item item = items.get(i);
            width += item instanceof Glue glue ? line.glueWidth(glue) : item.width();
        }
        return width;
    }

    @Test
    void justifiedLinesFillTheMeasureExactly() {
        List<Item> items = paragraph(20, 30, 25, 10, 40, 15, 30, 20, 35, 10, 25, 30, 15);
        List<Line> lines = LineBreaker.builder().tolerance(3).build().optimalBreaks(items, 100);
        assertThat(lines).hasSizeGreaterThan(1);
        for (Line line : lines.subList(0, lines.size() - 1)) {
            assertThat(naturalWidth(items, line)).isCloseTo(100, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(line.ratio()).isBetween(-1.0, 3.0);
        }
        assertThat(lines.get(lines.size() - 1).end()).isEqualTo(items.size() - 1);
    }

    @Test
    void totalFitAvoidsAVeryLooseLineThatFirstFitMakes() {
        // First fit puts "aaaa bbbb" on line one and leaves a loose second line; total fit balances the two.
        List<Item> items = paragraph(40, 40, 12, 44, 40);
        List<Line> optimal = LineBreaker.builder().tolerance(10).build().optimalBreaks(items, 100);
        List<Line> greedy = LineBreaker.firstFit(items, 100);
        double worstOptimal = optimal.subList(0, optimal.size() - 1).stream().mapToDouble(l -> Math.abs(l.ratio()))
                .max().orElse(0);
        double worstGreedy = greedy.subList(0, greedy.size() - 1).stream().mapToDouble(l -> Math.abs(l.ratio()))
                .max().orElse(0);
        assertThat(worstOptimal).isLessThanOrEqualTo(worstGreedy);
    }

    @Test
    void hyphenationPointsAreUsedWhenSpacingWouldOtherwiseBeTooLoose() {
        List<Item> items = new ArrayList<>(List.of(new Box(60), new Glue(SPACE, 1.5, 1), new Box(20),
                Penalty.hyphen(4, 50), new Box(30), Glue.fill(), Penalty.forced()));
        List<Line> lines = LineBreaker.builder().tolerance(2).build().optimalBreaks(items, 90);
        assertThat(lines).hasSize(2);
        assertThat(items.get(lines.get(0).end())).isInstanceOf(Penalty.class);
    }

    @Test
    void returnsNothingWhenNoBreaksFitTheTolerance() {
        List<Item> items = paragraph(90, 90);
        assertThat(LineBreaker.builder().tolerance(1).build().optimalBreaks(items, 100)).isEmpty();
    }

    @Test
    void firstFitNeverFailsEvenWithAWordWiderThanTheLine() {
        List<Item> items = paragraph(10, 250, 10);
        List<Line> lines = LineBreaker.builder().tolerance(1).build().breakLines(items, 100);
        assertThat(lines).hasSize(3);
    }

    @Test
    void aParagraphMustEndWithAForcedBreak() {
        assertThatThrownBy(() -> LineBreaker.firstFit(List.of(new Box(10)), 100))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

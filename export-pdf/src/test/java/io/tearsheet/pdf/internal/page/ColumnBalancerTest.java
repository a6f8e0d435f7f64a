package io.tearsheet.pdf.internal.page;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.tearsheet.pdf.internal.page.ColumnFitterTest.line;
import static io.tearsheet.pdf.internal.page.ColumnFitterTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

/** Balancing decided on items alone: no fonts, no PDF. */
class ColumnBalancerTest {
    private static final float TOP = 100;
    private static final float FOOT = 500;

    private static long inColumn(List<Placed> placed, int column) {
        return placed.stream().filter(p -> p.column() == column).count();
    }

    @Test
    void anEvenNumberOfLinesIsSplitInHalves() {
        List<Placed> placed = ColumnBalancer.balance(lines(10, 12), TOP, FOOT);
        assertThat(inColumn(placed, 0)).isEqualTo(5);
        assertThat(inColumn(placed, 1)).isEqualTo(5);
        assertThat(placed.get(5).top()).isEqualTo(TOP);
    }

    @Test
    void theFirstColumnHoldsNoMoreThanHalfSoAnOddLineGoesToTheSecond() {
        List<Placed> placed = ColumnBalancer.balance(lines(11, 12), TOP, FOOT);
        assertThat(inColumn(placed, 0)).isEqualTo(5);
        assertThat(inColumn(placed, 1)).isEqualTo(6);
    }

    @Test
    void linesKeptTogetherAreNotSplitBetweenTheColumns() {
        List<FlowItem> items = lines(4, 12);
        items.add(line(12, true));
        items.add(line(12, true));
        items.add(line(12, false));
        items.addAll(lines(3, 12));
        List<Placed> placed = ColumnBalancer.balance(items, TOP, FOOT);
        assertThat(placed).extracting(Placed::column).containsExactly(0, 0, 0, 0, 1, 1, 1, 1, 1, 1);
    }

    @Test
    void spaceAtTheHeadOfTheSecondColumnIsDropped() {
        List<FlowItem> items = lines(5, 12);
        items.add(new SpaceItem(6, false));
        items.addAll(lines(5, 12));
        List<Placed> placed = ColumnBalancer.balance(items, TOP, FOOT);
        assertThat(placed).hasSize(10).noneMatch(p -> p.item() instanceof SpaceItem);
        assertThat(inColumn(placed, 1)).isEqualTo(5);
    }

    @Test
    void nothingButSpaceGivesNothingToPlace() {
        assertThat(ColumnBalancer.balance(List.of(new SpaceItem(6, false), new SpaceItem(6, false)), TOP, FOOT))
                .isEmpty();
    }

    @Test
    void itemsTooTallForTwoColumnsCannotBeBalanced() {
        assertThat(ColumnBalancer.balance(lines(70, 12), TOP, FOOT)).isNull();
    }

    @Test
    void whenTheSecondColumnWouldOverflowTheFirstIsLetGrow() {
        // Half is 50 points: the first column would hold 20 and leave 80 for a column of 60.
        List<Placed> placed = ColumnBalancer.balance(List.of(line(20, false), line(40, false), line(40, false)), TOP,
                TOP + 60);
        assertThat(placed).extracting(Placed::column).containsExactly(0, 0, 1);
    }
}

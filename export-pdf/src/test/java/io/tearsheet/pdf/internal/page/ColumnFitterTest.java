package io.tearsheet.pdf.internal.page;

import io.tearsheet.pdf.internal.tagging.StructureTree;
import io.tearsheet.pdf.internal.text.TypesetLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Column fitting decided on items alone: no fonts, no PDF. */
class ColumnFitterTest {
    private static final float TOP = 100;
    private static final float FOOT = 200;

    static TextLineItem line(float height, boolean keepWithNext) {
        return new TextLineItem(new TypesetLine(List.of(), 0, 0, height, -1), new StructureTree().document(), 0, -1,
                keepWithNext);
    }

    static List<FlowItem> lines(int count, float height) {
        List<FlowItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(line(height, false));
        }
        return items;
    }

    /** Columns of the same height, as many as asked for, recording where each item went. */
    private static final class Recorder implements Columns<RuntimeException> {
        final int count;
        final List<Placed> placed = new ArrayList<>();
        final List<Placed> dropped = new ArrayList<>();
        int column;

        Recorder(int count) {
            this.count = count;
        }

        @Override
        public float top() {
            return TOP;
        }

        @Override
        public float bottom() {
            return FOOT;
        }

        @Override
        public boolean advance() {
            column++;
            return column < count;
        }

        @Override
        public void put(FlowItem item, float top, boolean drop) {
            (drop ? dropped : placed).add(new Placed(item, column, top));
        }

        List<Integer> columns() {
            return placed.stream().map(Placed::column).toList();
        }
    }

    @Test
    void itemsStackDownAColumnAndBreakToTheNextWhenItIsFull() {
        Recorder columns = new Recorder(2);
        assertThat(new ColumnFitter(TOP).fill(lines(15, 10), columns)).isTrue();
        assertThat(columns.columns()).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1);
        assertThat(columns.placed.get(9).top()).isEqualTo(190);
        assertThat(columns.placed.get(10).top()).isEqualTo(TOP);
    }

    @Test
    void anItemEndingWithinTheToleranceOfTheFootStillFits() {
        Recorder columns = new Recorder(2);
        List<FlowItem> items = lines(9, 10);
        items.add(line(10 + ColumnFitter.TOLERANCE / 2, false));
        new ColumnFitter(TOP).fill(items, columns);
        assertThat(columns.columns()).containsOnly(0);
    }

    @Test
    void anItemPassingTheFootByMoreThanTheToleranceGoesToTheNextColumn() {
        Recorder columns = new Recorder(2);
        List<FlowItem> items = lines(9, 10);
        items.add(line(10 + ColumnFitter.TOLERANCE * 2, false));
        new ColumnFitter(TOP).fill(items, columns);
        assertThat(columns.columns()).endsWith(0, 1);
    }

    @Test
    void aHeadingKeptWithItsFirstLineMovesWithItToTheNextColumn() {
        Recorder columns = new Recorder(2);
        List<FlowItem> items = lines(9, 10);
        items.add(line(10, true));
        items.add(line(10, false));
        new ColumnFitter(TOP).fill(items, columns);
        assertThat(columns.columns()).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1);
    }

    @Test
    void spaceAtTheHeadOfAColumnIsDroppedButReported() {
        Recorder columns = new Recorder(2);
        List<FlowItem> items = new ArrayList<>();
        items.add(new SpaceItem(12, false));
        items.addAll(lines(10, 10));
        items.add(new SpaceItem(12, false));
        items.add(line(10, false));
        ColumnFitter fitter = new ColumnFitter(TOP);
        fitter.fill(items, columns);
        assertThat(columns.dropped).extracting(Placed::column).containsExactly(0, 1);
        assertThat(columns.placed.get(0).top()).isEqualTo(TOP);
        assertThat(columns.placed.get(10).top()).isEqualTo(TOP);
        assertThat(fitter.cursor()).isEqualTo(TOP + 10);
    }

    @Test
    void anItemTallerThanAColumnStillGoesAtTheHeadOfOne() {
        Recorder columns = new Recorder(3);
        List<FlowItem> items = List.of(line(10, false), line(150, false), line(10, false));
        new ColumnFitter(TOP).fill(items, columns);
        assertThat(columns.columns()).containsExactly(0, 1, 2);
    }

    @Test
    void reportsOverflowWhenTheColumnsRunOut() {
        Recorder columns = new Recorder(1);
        assertThat(new ColumnFitter(TOP).fill(lines(11, 10), columns)).isFalse();
        assertThat(columns.placed).hasSize(10);
    }

    @Test
    void aKeepChainIsCutAfterTheLongestChainAllowed() {
        List<FlowItem> items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            items.add(line(1, true));
        }
        assertThat(ColumnFitter.chainHeight(items, 0)).isLessThan(100);
        assertThat(ColumnFitter.chainHeight(List.of(line(3, true), line(4, false), line(5, false)), 0))
                .isEqualTo(7);
    }
}

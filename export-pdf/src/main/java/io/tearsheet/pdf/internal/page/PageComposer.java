package io.tearsheet.pdf.internal.page;

import io.tearsheet.pdf.internal.tagging.StructureTree;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Stacks flow items into columns and pages, in reading order, and draws them at once: each page is drawn by a
 * {@link PagePainter} when it is full, so a long book never holds more than one unfinished page. Where each item
 * goes is decided by a {@link ColumnFitter}, which keeps lines together where items ask for it (headings with
 * their text, no single line of a paragraph left at the foot or the head of a column) unless the chain is taller
 * than a column; the last page's columns are evened out by the {@link ColumnBalancer}.
 * One export's; not thread-safe.
 */
public final class PageComposer {
    private final PDDocument document;
    private final PageGeometry geometry;
    private final StructureTree tree;
    private final PageStyle style;
    private PageFurniture furniture;
    private PlacementListener listener = (line, number) -> { };
    private PageSink sink = PageSink.NONE;

    private final Deque<PDPage> reserved = new ArrayDeque<>();
    private boolean reservedMode;
    /** What has been placed on the current page, drawn when the page is finished (after any balancing). */
    private final List<Placed> pending = new ArrayList<>();
    private final ColumnFitter fitter;
    private final Columns<IOException> columns = new PageColumns();
    private PDPage page;
    private PagePainter painter;
    private int pageCount;
    private int column;
    private float columnTop;
    private boolean spanning;

    public PageComposer(PDDocument document, PageGeometry geometry, StructureTree tree, PageStyle style,
                        PageFurniture furniture) {
        this.document = document;
        this.geometry = geometry;
        this.tree = tree;
        this.style = style;
        this.furniture = furniture;
        this.fitter = new ColumnFitter(0);
    }

    /**
     * Finishes the current page and adds {@code count} empty pages to be filled later (a book's contents, whose
     * page numbers are known only at the end) by another composer made with {@link #onReserved}.
     */
    public List<PDPage> reserve(int count) throws IOException {
        finishPage();
        List<PDPage> pages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            PDPage blank = new PDPage(new PDRectangle(geometry.size().width(), geometry.size().height()));
            blank.setResources(new PDResources());
            document.addPage(blank);
            pages.add(blank);
            pageCount++;
        }
        return pages;
    }

    /**
     * A composer like this one (the same document, geometry, structure tree and style) that fills pages reserved
     * earlier, numbered from {@code firstNumber}.
     *
     * @throws IllegalStateException from {@link #place} when the items need more pages than were reserved
     */
    public PageComposer onReserved(PageFurniture pageFurniture, List<PDPage> pages, int firstNumber) {
        PageComposer composer = new PageComposer(document, geometry, tree, style, pageFurniture);
        composer.reserved.addAll(pages);
        composer.reservedMode = true;
        composer.sink = sink;
        composer.pageCount = firstNumber - 1;
        return composer;
    }

    /**
     * How many pages {@link #place} needs for {@code items} on fresh pages, in the same way it fills them, one
     * column a page (as items that span the columns are set); {@code firstTop} is where the first page's items
     * start.
     */
    public int pagesNeeded(List<FlowItem> items, float firstTop) {
        int[] pages = {1};
        new ColumnFitter(firstTop).fill(items, new Columns<RuntimeException>() {
            @Override
            public float top() {
                return geometry.top();
            }

            @Override
            public float bottom() {
                return geometry.bottom();
            }

            @Override
            public boolean advance() {
                pages[0]++;
                return true;
            }

            @Override
            public void put(FlowItem item, float top, boolean dropped) {
            }
        });
        return pages[0];
    }

    public void furniture(PageFurniture value) {
        this.furniture = value;
    }

    public void listener(PlacementListener value) {
        this.listener = value;
    }

    /** Where each page goes once drawn; by default nowhere (it stays in the document until the save). */
    public void sink(PageSink value) {
        this.sink = value;
    }

    public PageGeometry geometry() {
        return geometry;
    }

    /** The current page's number, from 1; 0 before the first page. */
    public int pageNumber() {
        return pageCount;
    }

    /** The current page, or null before the first. */
    public PDPage page() {
        return page;
    }

    /** The distance from the top of the page to where the next item goes. */
    public float cursor() {
        return fitter.cursor();
    }

    /** Whether nothing has been placed on the current page. */
    public boolean isPageEmpty() {
        return page == null || pending.isEmpty() && painter.isEmpty();
    }

    /**
     * Finishes the current page (if any) and starts a new one; with {@code recto} and two-sided printing, a
     * blank verso is inserted first when needed so the new page is a right-hand one.
     */
    public void newPage(boolean recto) throws IOException {
        finishPage();
        if (recto && geometry.twoSided() && !PageGeometry.isRecto(pageCount + 1)) {
            startPage();
            finishPage();
        }
        startPage();
    }

    /** Starts items that run across every column (an article's headline block) at the current position. */
    public void beginSpanning() throws IOException {
        if (page == null) {
            startPage();
        } else if (column > 0) {
            newPage(false);
        }
        spanning = true;
    }

    /** Ends the spanning items; the columns start below them. */
    public void endSpanning() {
        spanning = false;
        columnTop = fitter.cursor();
        fitter.startColumn(columnTop);
    }

    /** Places items in order, breaking columns and pages as needed. */
    public void place(List<FlowItem> items) throws IOException {
        if (page == null) {
            startPage();
        }
        fitter.fill(items, columns);
    }

    /** The columns of the pages being composed, from the current one on; new pages are started as needed. */
    private final class PageColumns implements Columns<IOException> {
        @Override
        public float top() {
            return columnTop;
        }

        @Override
        public float bottom() {
            return geometry.bottom();
        }

        @Override
        public boolean advance() throws IOException {
            nextColumn();
            return true;
        }

        @Override
        public void put(FlowItem item, float top, boolean dropped) {
            // Space dropped at the head of a column is remembered: balancing may move it back mid-column.
            pending.add(new Placed(item, spanning ? -1 : column, top));
            if (!dropped && item instanceof TextLineItem line) {
                listener.placed(line, pageCount);
            }
        }
    }

    /**
     * Evens out the columns of the current page, so that an article that ends part-way down a page ends with
     * columns of about equal length rather than one full column beside a short one. Items are only moved
     * between the columns of this page; keeps are respected. Does nothing with one column.
     */
    public void balance() {
        if (page == null || spanning || geometry.columns() != 2) {
            return;
        }
        List<Placed> region = new ArrayList<>();
        for (Placed placed : pending) {
            if (placed.column() >= 0 && placed.top() >= columnTop - ColumnFitter.TOLERANCE) {
                region.add(placed);
            }
        }
        if (region.isEmpty()) {
            return;
        }
        List<FlowItem> items = new ArrayList<>(region.size());
        for (Placed placed : region) {
            items.add(placed.item());
        }
        List<Placed> moved = ColumnBalancer.balance(items, columnTop, geometry.bottom());
        if (moved == null || moved.isEmpty()) {
            return; // nothing fits better, or nothing but spacing to balance
        }
        pending.removeAll(region);
        pending.addAll(moved);
        Placed last = moved.get(moved.size() - 1);
        column = last.column();
        fitter.moveTo(last.top() + last.item().height());
    }

    private void nextColumn() throws IOException {
        if (!spanning && column + 1 < geometry.columns()) {
            column++;
            fitter.startColumn(columnTop);
            return;
        }
        boolean wasSpanning = spanning;
        finishPage();
        startPage();
        spanning = wasSpanning;
    }

    /** The width of the current column (or of the whole text block while spanning). */
    public float width() {
        return spanning ? geometry.textWidth() : geometry.columnWidth();
    }

    private void startPage() {
        pageCount++;
        if (!reserved.isEmpty()) {
            page = reserved.poll();
        } else if (reservedMode) {
            throw new IllegalStateException("more pages needed than were reserved");
        } else {
            PDRectangle box = new PDRectangle(geometry.size().width(), geometry.size().height());
            page = new PDPage(box);
            page.setResources(new PDResources());
            document.addPage(page);
        }
        painter = new PagePainter(document, page, pageCount, geometry, tree, style);
        column = 0;
        columnTop = geometry.top();
        fitter.startColumn(columnTop);
        spanning = false;
    }

    /** Draws the page's items and furniture, writes its content stream and lets the page go. */
    public void finishPage() throws IOException {
        if (page == null) {
            return;
        }
        for (Placed placed : pending) {
            painter.draw(placed);
        }
        pending.clear();
        if (furniture != null && !painter.isEmpty()) {
            painter.furniture(furniture);
        }
        painter.finish();
        PDPage finished = page;
        page = null;
        painter = null;
        sink.finished(finished);
    }
}

package io.tearsheet.pdf.internal.page;

import io.tearsheet.pdf.internal.font.LoadedFont;
import io.tearsheet.pdf.internal.tagging.StructNode;
import io.tearsheet.pdf.internal.tagging.StructureTree;
import io.tearsheet.pdf.internal.text.Glyphs;
import io.tearsheet.pdf.internal.text.TypesetLine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stacks flow items into columns and pages, in reading order, and draws them at once: each page's content
 * stream is written when the page is full, so a long book never holds more than one unfinished page.
 * Lines are kept together where items ask for it (headings with their text, no single line of a paragraph left
 * at the foot or the head of a column), unless the chain is taller than a column.
 * One export's; not thread-safe.
 */
public final class PageComposer {
    private static final int LONGEST_KEEP_CHAIN = 24;

    private final PDDocument document;
    private final PageGeometry geometry;
    private final StructureTree tree;
    private PageFurniture furniture;
    private PlacementListener listener = (line, number) -> { };

    private final java.util.Deque<PDPage> reserved = new java.util.ArrayDeque<>();
    private boolean reservedMode;
    /** What has been placed on the current page, drawn when the page is finished (after any balancing). */
    private final List<Placed> pending = new ArrayList<>();
    private PDPage page;
    private ContentWriter content;
    private Map<LoadedFont, COSName> fontNames;
    private List<PDAnnotation> annotations;
    private int pageCount;
    private int column;
    private float cursor;
    private float columnTop;
    private boolean spanning;
    private boolean columnEmpty;

    public PageComposer(PDDocument document, PageGeometry geometry, StructureTree tree, PageFurniture furniture) {
        this.document = document;
        this.geometry = geometry;
        this.tree = tree;
        this.furniture = furniture;
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
     * A composer that fills pages reserved earlier, numbered from {@code firstNumber}.
     *
     * @throws IllegalStateException from {@link #place} when the items need more pages than were reserved
     */
    public static PageComposer onReserved(PDDocument document, PageGeometry geometry, StructureTree tree,
                                          PageFurniture furniture, List<PDPage> pages, int firstNumber) {
        PageComposer composer = new PageComposer(document, geometry, tree, furniture);
        composer.reserved.addAll(pages);
        composer.reservedMode = true;
        composer.pageCount = firstNumber - 1;
        return composer;
    }

    /**
     * How many pages {@link #place} needs for {@code items} on fresh pages, in the same way it fills them;
     * {@code firstTop} is where the first page's items start.
     */
    public int pagesNeeded(List<FlowItem> items, float firstTop) {
        int pages = 1;
        float y = firstTop;
        boolean empty = true;
        for (int i = 0; i < items.size(); i++) {
            FlowItem item = items.get(i);
            if (item instanceof SpaceItem && empty) {
                continue;
            }
            if (!empty && y + chainHeight(items, i) > geometry.bottom() + 0.01f) {
                pages++;
                y = geometry.top();
                empty = true;
                if (item instanceof SpaceItem) {
                    continue;
                }
            }
            y += item.height();
            empty = false;
        }
        return pages;
    }

    public void furniture(PageFurniture value) {
        this.furniture = value;
    }

    public void listener(PlacementListener value) {
        this.listener = value;
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
        return cursor;
    }

    /** Whether nothing has been placed on the current page. */
    public boolean isPageEmpty() {
        return page == null || pending.isEmpty() && content.isEmpty();
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
        columnTop = cursor;
        columnEmpty = true;
    }

    /** Places items in order, breaking columns and pages as needed. */
    public void place(List<FlowItem> items) throws IOException {
        if (page == null) {
            startPage();
        }
        for (int i = 0; i < items.size(); i++) {
            FlowItem item = items.get(i);
            if (item instanceof SpaceItem && columnEmpty) {
                // Dropped at the head of a column, but remembered: balancing may move it back mid-column.
                pending.add(new Placed(item, spanning ? -1 : column, cursor));
                continue;
            }
            float chain = chainHeight(items, i);
            if (!columnEmpty && cursor + chain > geometry.bottom() + 0.01f) {
                nextColumn();
                if (item instanceof SpaceItem) {
                    pending.add(new Placed(item, spanning ? -1 : column, cursor));
                    continue;
                }
            }
            pending.add(new Placed(item, spanning ? -1 : column, cursor));
            if (item instanceof TextLineItem line) {
                listener.placed(line, pageCount);
            }
            cursor += item.height();
            columnEmpty = false;
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
            if (placed.column() >= 0 && placed.top() >= columnTop - 0.01f) {
                region.add(placed);
            }
        }
        if (region.isEmpty()) {
            return;
        }
        List<FlowItem> items = new ArrayList<>(region.size());
        float total = 0;
        for (Placed placed : region) {
            items.add(placed.item());
            total += placed.item().height();
        }
        float available = geometry.bottom() - columnTop;
        for (float target = total / 2; target <= available; target += 2) {
            List<Placed> moved = flow(items, target);
            if (moved != null && moved.isEmpty()) {
                return; // nothing but spacing in the region: nothing to balance
            }
            if (moved != null) {
                pending.removeAll(region);
                pending.addAll(moved);
                Placed last = moved.get(moved.size() - 1);
                column = last.column();
                cursor = last.top() + last.item().height();
                return;
            }
        }
    }

    /** The items set into two columns, the first no taller than {@code target}; null if the second overflows. */
    private List<Placed> flow(List<FlowItem> items, float target) {
        List<Placed> placed = new ArrayList<>(items.size());
        int col = 0;
        float y = columnTop;
        boolean empty = true;
        for (int i = 0; i < items.size(); i++) {
            FlowItem item = items.get(i);
            if (item instanceof SpaceItem && empty) {
                continue;
            }
            float limit = col == 0 ? columnTop + target : geometry.bottom();
            if (!empty && y + chainHeight(items, i) > limit + 0.01f) {
                if (col == 1) {
                    return null;
                }
                col = 1;
                y = columnTop;
                empty = true;
                if (item instanceof SpaceItem) {
                    continue;
                }
            }
            placed.add(new Placed(item, col, y));
            y += item.height();
            empty = false;
        }
        return y > geometry.bottom() + 0.01f ? null : placed;
    }

    /** The height of item {@code i} and of the items it must stay with. */
    private static float chainHeight(List<FlowItem> items, int i) {
        float height = items.get(i).height();
        int j = i;
        while (items.get(j).keepWithNext() && j + 1 < items.size() && j - i < LONGEST_KEEP_CHAIN) {
            j++;
            height += items.get(j).height();
        }
        return height;
    }

    private void nextColumn() throws IOException {
        if (!spanning && column + 1 < geometry.columns()) {
            column++;
            cursor = columnTop;
            columnEmpty = true;
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
        content = new ContentWriter();
        fontNames = new IdentityHashMap<>();
        annotations = new ArrayList<>();
        column = 0;
        cursor = geometry.top();
        columnTop = cursor;
        columnEmpty = true;
        spanning = false;
    }

    /** Draws the furniture, writes the page's content stream and lets the page go. */
    public void finishPage() throws IOException {
        if (page == null) {
            return;
        }
        for (Placed placed : pending) {
            draw(placed);
        }
        pending.clear();
        if (furniture != null && !content.isEmpty()) {
            drawFurniture();
        }
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.toByteArray());
        }
        page.setContents(stream);
        if (!annotations.isEmpty()) {
            page.setAnnotations(annotations);
            page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
        }
        page = null;
        content = null;
        fontNames = null;
        annotations = null;
    }

    private void drawFurniture() throws IOException {
        float size = geometry.size().height();
        TypesetLine head = furniture.runningHead(pageCount);
        if (head != null) {
            float baseline = geometry.top() * 0.62f;
            float x = geometry.left(pageCount);
            if (geometry.twoSided() && PageGeometry.isRecto(pageCount)) {
                x += geometry.textWidth() - head.width();
            }
            content.beginArtifact();
            glyphs(head.glyphs(), x, size - baseline);
            rule(geometry.left(pageCount), size - baseline - 4, geometry.textWidth(), 0.4f, 0x777777);
            content.endMarked();
        }
        TypesetLine folio = furniture.folio(pageCount);
        if (folio != null) {
            float baseline = geometry.bottom() + geometry.margins().bottom() * 0.5f;
            float x;
            if (geometry.twoSided()) {
                x = PageGeometry.isRecto(pageCount) ? geometry.left(pageCount) + geometry.textWidth() - folio.width()
                        : geometry.left(pageCount);
            } else {
                x = geometry.left(pageCount) + (geometry.textWidth() - folio.width()) / 2;
            }
            content.beginArtifact();
            glyphs(folio.glyphs(), x, size - baseline);
            content.endMarked();
        }
    }

    private void draw(Placed placed) throws IOException {
        float height = geometry.size().height();
        FlowItem item = placed.item();
        float left = placed.column() < 0 ? geometry.left(pageCount) : geometry.columnLeft(pageCount, placed.column());
        float width = placed.column() < 0 ? geometry.textWidth() : geometry.columnWidth();
        float top = placed.top();
        if (item instanceof TextLineItem line) {
            float baseline = top + baselineOffset(line.line());
            drawLine(line, left + line.indent(), height - baseline);
        } else if (item instanceof RuleItem rule) {
            float w = width * rule.widthShare();
            float x = left + (width - w) / 2;
            content.beginArtifact();
            rule(x, height - (top + rule.above() + rule.thickness() / 2), w, rule.thickness(), rule.rgb());
            content.endMarked();
        } else if (item instanceof FigureItem figure) {
            drawFigure(figure, height, left, width, top);
        } else if (item instanceof ImageItem image) {
            drawImage(image, height, left, width, top);
        }
    }

    /** An item and where it goes on the current page: column −1 spans the text block. */
    private record Placed(FlowItem item, int column, float top) {
    }

    private static float baselineOffset(TypesetLine line) {
        return line.leading() * 0.78f;
    }

    private void drawLine(TextLineItem item, float x, float baseline) throws IOException {
        List<Glyphs> glyphs = item.line().glyphs();
        int i = 0;
        while (i < glyphs.size()) {
            StructNode owner = glyphs.get(i).link() != null ? glyphs.get(i).link() : item.node();
            int j = i;
            while (j < glyphs.size() && (glyphs.get(j).link() != null ? glyphs.get(j).link() : item.node()) == owner) {
                j++;
            }
            int mcid = tree.mark(owner, page.getCOSObject());
            content.beginTagged(owner.type(), mcid);
            glyphs(glyphs.subList(i, j), x, baseline);
            content.endMarked();
            if (glyphs.get(i).href() != null) {
                link(owner, glyphs.get(i).href(), glyphs.subList(i, j), x, baseline, item.line());
            }
            i = j;
        }
    }

    private void glyphs(List<Glyphs> glyphs, float x, float baseline) throws IOException {
        if (glyphs.isEmpty()) {
            return;
        }
        content.operator("BT");
        LoadedFont font = null;
        float size = -1;
        int rgb = -1;
        float tracking = 0;
        for (Glyphs g : glyphs) {
            if (g.tracking() != tracking) {
                tracking = g.tracking();
                content.number(tracking).operator("Tc");
            }
            if (g.font() != font || g.size() != size) {
                font = g.font();
                size = g.size();
                content.name(fontName(font).getName()).number(size).operator("Tf");
            }
            if (g.rgb() != rgb) {
                rgb = g.rgb();
                content.fill(rgb);
            }
            content.number(1).number(0).number(0).number(1).number(x + g.x()).number(baseline).operator("Tm");
            if (g.actualText() != null) {
                content.beginActualText(g.actualText());
            }
            content.hex(font.encode(g.text())).operator("Tj");
            if (g.actualText() != null) {
                content.endMarked();
            }
        }
        if (tracking != 0) {
            content.number(0).operator("Tc");
        }
        content.operator("ET");
    }

    private COSName fontName(LoadedFont font) {
        return fontNames.computeIfAbsent(font, f -> page.getResources().add(f.pdFont()));
    }

    private void rule(float x, float y, float width, float thickness, int rgb) {
        content.stroke(rgb).number(thickness).operator("w");
        content.number(x).number(y).operator("m");
        content.number(x + width).number(y).operator("l");
        content.operator("S");
    }

    private void drawFigure(FigureItem figure, float pageHeight, float x, float w, float itemTop) throws IOException {
        float top = itemTop + 4;
        float h = figure.height() - 8;
        int mcid = tree.mark(figure.node(), page.getCOSObject());
        content.beginTagged("Figure", mcid);
        content.fill(0xEDEAE4).stroke(0x9A948A).number(0.6).operator("w");
        content.number(x).number(pageHeight - top - h).number(w).number(h).operator("re");
        content.operator("B");
        float textHeight = 0;
        for (TypesetLine line : figure.lines()) {
            textHeight += line.leading();
        }
        float y = top + (h - textHeight) / 2;
        for (TypesetLine line : figure.lines()) {
            float baseline = y + baselineOffset(line);
            glyphs(line.glyphs(), x + FigureItem.TEXT_INSET, pageHeight - baseline);
            y += line.leading();
        }
        content.endMarked();
    }

    private void drawImage(ImageItem image, float pageHeight, float x, float w, float top) throws IOException {
        float left = x + (w - image.width()) / 2;
        float bottom = pageHeight - top - image.height();
        int mcid = tree.mark(image.node(), page.getCOSObject());
        content.beginTagged("Figure", mcid);
        content.operator("q");
        content.number(image.width()).number(0).number(0).number(image.height()).number(left).number(bottom)
                .operator("cm");
        // PDResources gives the image the name it already has on this page when drawn twice
        content.name(page.getResources().add(image.image()).getName()).operator("Do");
        content.operator("Q");
        content.endMarked();
        image.node().boundingBox(left, bottom, left + image.width(), bottom + image.height());
    }

    private void link(StructNode node, String href, List<Glyphs> run, float x, float baseline, TypesetLine line) {
        Glyphs first = run.get(0);
        Glyphs last = run.get(run.size() - 1);
        float lower = baseline - line.leading() * 0.22f;
        PDAnnotationLink annotation = new PDAnnotationLink();
        annotation.setRectangle(new PDRectangle(x + first.x(), lower, last.x() + last.width() - first.x(),
                line.leading()));
        annotation.setPrinted(true);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        annotation.setBorderStyle(border);
        PDActionURI action = new PDActionURI();
        action.setURI(Uris.ascii(href));
        annotation.setAction(action);
        annotation.setContents("Link to " + Uris.ascii(href));
        annotations.add(annotation);
        tree.annotate(node, page.getCOSObject(), annotation.getCOSObject());
    }
}

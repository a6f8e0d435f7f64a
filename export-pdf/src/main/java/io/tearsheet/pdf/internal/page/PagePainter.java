package io.tearsheet.pdf.internal.page;

import io.tearsheet.pdf.internal.font.LoadedFont;
import io.tearsheet.pdf.internal.tagging.StructNode;
import io.tearsheet.pdf.internal.tagging.StructureTree;
import io.tearsheet.pdf.internal.text.Glyphs;
import io.tearsheet.pdf.internal.text.TypesetLine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
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
 * Draws one page with PDFBox once its items are placed: text lines as tagged marked content, rules and the running
 * head and folio as artifacts, figures and their frames, and link annotations; then writes the page's content
 * stream. Where things go was decided before ({@link Placed}); this only turns positions measured from the top of
 * the page into PDF's coordinates, measured from the bottom. One page's; not thread-safe.
 */
final class PagePainter {
    private final PDDocument document;
    private final PDPage page;
    private final int number;
    private final PageGeometry geometry;
    private final StructureTree tree;
    private final PageStyle style;
    private final ContentWriter content = new ContentWriter();
    private final Map<LoadedFont, COSName> fontNames = new IdentityHashMap<>();
    private final List<PDAnnotation> annotations = new ArrayList<>();

    PagePainter(PDDocument document, PDPage page, int number, PageGeometry geometry, StructureTree tree,
                PageStyle style) {
        this.document = document;
        this.page = page;
        this.number = number;
        this.geometry = geometry;
        this.tree = tree;
        this.style = style;
    }

    /** Whether nothing has been drawn yet. */
    boolean isEmpty() {
        return content.isEmpty();
    }

    void draw(Placed placed) throws IOException {
        float height = geometry.size().height();
        FlowItem item = placed.item();
        float left = placed.column() < 0 ? geometry.left(number) : geometry.columnLeft(number, placed.column());
        float width = placed.column() < 0 ? geometry.textWidth() : geometry.columnWidth();
        float top = placed.top();
        if (item instanceof TextLineItem line) {
            float baseline = top + style.baselineOffset(line.line());
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

    /** Draws the running head and the folio {@code furniture} gives for this page. */
    void furniture(PageFurniture furniture) throws IOException {
        float size = geometry.size().height();
        TypesetLine head = furniture.runningHead(number);
        if (head != null) {
            float baseline = geometry.top() * style.headBaseline();
            float x = geometry.left(number);
            if (geometry.twoSided() && PageGeometry.isRecto(number)) {
                x += geometry.textWidth() - head.width();
            }
            content.beginArtifact();
            glyphs(head.glyphs(), x, size - baseline);
            rule(geometry.left(number), size - baseline - style.headRuleGap(), geometry.textWidth(),
                    style.headRuleWeight(), style.headRuleRgb());
            content.endMarked();
        }
        TypesetLine folio = furniture.folio(number);
        if (folio != null) {
            float baseline = geometry.bottom() + geometry.margins().bottom() * style.folioBaseline();
            float x;
            if (geometry.twoSided()) {
                x = PageGeometry.isRecto(number) ? geometry.left(number) + geometry.textWidth() - folio.width()
                        : geometry.left(number);
            } else {
                x = geometry.left(number) + (geometry.textWidth() - folio.width()) / 2;
            }
            content.beginArtifact();
            glyphs(folio.glyphs(), x, size - baseline);
            content.endMarked();
        }
    }

    /** Writes the content stream and the annotations into the page. */
    void finish() throws IOException {
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.toByteArray());
        }
        page.setContents(stream);
        if (!annotations.isEmpty()) {
            page.setAnnotations(annotations);
            page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
        }
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

    /**
     * Draws a run of glyphs. Consecutive plain words in one font, size, colour and tracking are shown by one
     * {@code TJ} from one text position, the space before each word given as an adjustment: a text matrix per
     * word was most of a page's content stream.
     */
    private void glyphs(List<Glyphs> glyphs, float x, float baseline) throws IOException {
        if (glyphs.isEmpty()) {
            return;
        }
        content.operator("BT");
        LoadedFont font = null;
        float size = -1;
        int rgb = -1;
        float tracking = 0;
        boolean shown = false;
        double pen = 0;
        for (Glyphs g : glyphs) {
            boolean plain = !g.isShaped() && g.actualText() == null;
            boolean restyled = g.tracking() != tracking || g.font() != font || g.size() != size || g.rgb() != rgb;
            if (shown && (!plain || restyled)) {
                content.operator("] TJ");
                shown = false;
            }
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
            if (g.isShaped()) {
                shaped(g, x + g.x(), baseline);
                continue;
            }
            float left = x + g.x();
            byte[] codes = font.encode(g.text());
            if (!plain) {
                content.number(1).number(0).number(0).number(1).number(left).number(baseline).operator("Tm");
                content.beginActualText(g.actualText());
                content.hex(codes).operator("Tj");
                content.endMarked();
                continue;
            }
            if (shown) {
                // in thousandths of the size, positive to the left
                content.number((pen - left) * 1000 / size);
            } else {
                content.number(1).number(0).number(0).number(1).number(left).number(baseline).operator("Tm");
                content.raw("[");
                shown = true;
            }
            content.hex(codes);
            pen = left + font.width(g.text(), size) + (double) tracking * (codes.length / 2);
        }
        if (shown) {
            content.operator("] TJ");
        }
        if (tracking != 0) {
            content.number(0).operator("Tc");
        }
        content.operator("ET");
    }

    /**
     * Draws shaped glyphs one by one at the positions shaping gave them. Left-to-right text goes inside a span
     * whose ActualText is the text the glyphs stand for, in logical order, so that copying and extraction give
     * back the characters even where shaping reordered them (a Devanagari vowel sign drawn before its consonant).
     * Right-to-left text is drawn, like every PDF's, in visual order, and each glyph's ToUnicode entry gives its
     * characters: readers put right-to-left text back in logical order themselves, and would turn an ActualText
     * around a second time.
     */
    private void shaped(Glyphs g, float x, float baseline) {
        var shaped = g.shaped();
        byte[] codes = g.font().encodeGlyphs(shaped, g.text());
        boolean actual = !shaped.rightToLeft();
        if (actual) {
            content.beginActualText(g.text());
        }
        float scale = g.size() / 1000f;
        for (int i = 0; i < shaped.glyphs().length; i++) {
            content.number(1).number(0).number(0).number(1).number(x + shaped.x()[i] * scale)
                    .number(baseline + shaped.y()[i] * scale).operator("Tm");
            content.hex(new byte[]{codes[2 * i], codes[2 * i + 1]}).operator("Tj");
        }
        if (actual) {
            content.endMarked();
        }
    }

    private COSName fontName(LoadedFont font) {
        return fontNames.computeIfAbsent(font, f -> f.addTo(page.getResources()));
    }

    private void rule(float x, float y, float width, float thickness, int rgb) {
        content.stroke(rgb).number(thickness).operator("w");
        content.number(x).number(y).operator("m");
        content.number(x + width).number(y).operator("l");
        content.operator("S");
    }

    private void drawFigure(FigureItem figure, float pageHeight, float x, float w, float itemTop) throws IOException {
        float top = itemTop + style.framePadding();
        float h = figure.height() - 2 * style.framePadding();
        int mcid = tree.mark(figure.node(), page.getCOSObject());
        content.beginTagged("Figure", mcid);
        content.fill(style.frameFillRgb()).stroke(style.frameStrokeRgb()).number(style.frameWeight()).operator("w");
        content.number(x).number(pageHeight - top - h).number(w).number(h).operator("re");
        content.operator("B");
        float textHeight = 0;
        for (TypesetLine line : figure.lines()) {
            textHeight += line.leading();
        }
        float y = top + (h - textHeight) / 2;
        for (TypesetLine line : figure.lines()) {
            float baseline = y + style.baselineOffset(line);
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
        float lower = baseline - line.leading() * style.linkDescentShare();
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

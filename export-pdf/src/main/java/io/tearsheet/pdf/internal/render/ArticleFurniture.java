package io.tearsheet.pdf.internal.render;

import io.tearsheet.pdf.internal.page.PageFurniture;
import io.tearsheet.pdf.internal.text.Alignment;
import io.tearsheet.pdf.internal.text.ParagraphSetter;
import io.tearsheet.pdf.internal.text.Span;
import io.tearsheet.pdf.internal.text.TextStyle;
import io.tearsheet.pdf.internal.text.TypesetLine;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Running heads and folios: the running head (publication or book title on the left-hand page, the article's
 * headline on the right-hand page; the headline alone when one-sided) is left out on pages where an article
 * opens and on title pages; folios are the physical page numbers.
 */
final class ArticleFurniture implements PageFurniture {
    private final ParagraphSetter setter;
    private final TextStyle style;
    private final float width;
    private final boolean twoSided;
    private final Set<Integer> bare = new HashSet<>();
    private final Set<Integer> blank = new HashSet<>();
    private String verso = "";
    private String recto = "";
    private TypesetLine versoLine;
    private TypesetLine rectoLine;

    ArticleFurniture(ParagraphSetter setter, TextStyle style, float width, boolean twoSided) {
        this.setter = setter;
        this.style = style;
        this.width = width;
        this.twoSided = twoSided;
    }

    /** The texts of the running heads from now on. */
    void heads(String versoText, String rectoText) {
        this.verso = versoText;
        this.recto = rectoText;
        this.versoLine = null;
        this.rectoLine = null;
    }

    /** Page {@code number} opens an article: no running head. */
    void opening(int number) {
        bare.add(number);
    }

    /** Page {@code number} has neither running head nor folio. */
    void blank(int number) {
        blank.add(number);
    }

    @Override
    public TypesetLine runningHead(int number) throws IOException {
        if (bare.contains(number) || blank.contains(number)) {
            return null;
        }
        boolean left = twoSided && number % 2 == 0;
        if (left) {
            if (versoLine == null) {
                versoLine = line(verso);
            }
            return versoLine;
        }
        if (rectoLine == null) {
            rectoLine = line(recto);
        }
        return rectoLine;
    }

    @Override
    public TypesetLine folio(int number) throws IOException {
        if (blank.contains(number)) {
            return null;
        }
        List<TypesetLine> lines = setter.set(List.of(Span.added(Integer.toString(number), style)), width,
                Alignment.LEFT, 0);
        return lines.isEmpty() ? null : lines.get(0);
    }

    private TypesetLine line(String text) throws IOException {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<TypesetLine> lines = setter.set(List.of(Span.added(text, style)), width, Alignment.LEFT, 0);
        return lines.isEmpty() ? null : lines.get(0);
    }
}

package io.tearsheet.pdf.internal.text;

import java.io.IOException;
import java.util.List;

/**
 * Sets styled spans into lines of a given width: what layout asks of text setting, so that layout can be tried
 * with stand-in lines, without fonts or a PDF. {@link ParagraphSetter} is the real one.
 */
@FunctionalInterface
public interface LineSetter {

    /**
     * Sets {@code spans} into lines {@code width} points wide; none when nothing in them can be drawn.
     *
     * @param firstIndent the first line's indent, in points
     */
    List<TypesetLine> set(List<Span> spans, float width, Alignment alignment, float firstIndent) throws IOException;
}

package io.tearsheet.pdf.internal.render;

import io.tearsheet.pdf.internal.text.Alignment;
import io.tearsheet.pdf.internal.text.TextStyle;

/**
 * How the paragraphs of one kind of section are set.
 *
 * @param text              the type
 * @param alignment         justified or ragged
 * @param indentParagraphs  indent the first line of a paragraph that follows another (else space between)
 */
record BlockStyle(TextStyle text, Alignment alignment, boolean indentParagraphs) {
    static BlockStyle body(Typography type) {
        return new BlockStyle(type.body(), Alignment.JUSTIFIED, true);
    }

    static BlockStyle boxed(Typography type) {
        return new BlockStyle(type.boxed(), Alignment.LEFT, false);
    }

    static BlockStyle note(Typography type) {
        return new BlockStyle(type.body().withItalic(true).withSize(type.body().size() * 0.92f,
                type.body().leading() * 0.95f), Alignment.LEFT, false);
    }

    static BlockStyle quote(Typography type) {
        return new BlockStyle(type.quote(), Alignment.JUSTIFIED, true);
    }

    static BlockStyle pull(Typography type) {
        return new BlockStyle(type.pull(), Alignment.CENTERED, false);
    }
}

package io.tearsheet.pdf;

import io.tearsheet.pdf.internal.font.FontProgram;
import io.tearsheet.pdf.internal.font.FontPrograms;

/** Rejects, when a builder is given a font, what cannot be embedded, rather than failing at export time. */
final class FontCheck {
    private FontCheck() {
    }

    static void check(FontProgram program) {
        String problem = FontPrograms.problem(program);
        if (problem != null) {
            throw new IllegalArgumentException("font " + program.name() + " cannot be used: " + problem);
        }
    }
}

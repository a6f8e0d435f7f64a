package io.tearsheet.pdf.internal.font;

/**
 * The fonts the exporter ships, by role: Liberation Serif for text, Liberation Sans for display furniture
 * (kickers, bylines, captions), DejaVu Sans as the wide-coverage fallback. All are under the SIL Open Font
 * Licence (Liberation) or the Bitstream Vera licence (DejaVu), which allow embedding.
 */
public enum FontFace {
    SERIF("/liberation/LiberationSerif-Regular.ttf"),
    SERIF_ITALIC("/liberation/LiberationSerif-Italic.ttf"),
    SERIF_BOLD("/liberation/LiberationSerif-Bold.ttf"),
    SERIF_BOLD_ITALIC("/liberation/LiberationSerif-BoldItalic.ttf"),
    SANS("/liberation/LiberationSans-Regular.ttf"),
    SANS_ITALIC("/liberation/LiberationSans-Italic.ttf"),
    SANS_BOLD("/liberation/LiberationSans-Bold.ttf"),
    SANS_BOLD_ITALIC("/liberation/LiberationSans-BoldItalic.ttf"),
    FALLBACK("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf"),
    FALLBACK_BOLD("/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf");

    private final String resource;

    FontFace(String resource) {
        this.resource = resource;
    }

    /** Where the font program is on the class path. */
    String resource() {
        return resource;
    }

    /** The face for a family, weight and slant. */
    public static FontFace of(boolean sans, boolean bold, boolean italic) {
        if (sans) {
            return bold ? (italic ? SANS_BOLD_ITALIC : SANS_BOLD) : (italic ? SANS_ITALIC : SANS);
        }
        return bold ? (italic ? SERIF_BOLD_ITALIC : SERIF_BOLD) : (italic ? SERIF_ITALIC : SERIF);
    }
}

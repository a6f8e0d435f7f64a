package io.tearsheet.epub.internal;

/** The accessibility summary the package states, in plain words. */
final class Accessibility {
    private Accessibility() {
    }

    /**
     * What a reader who cannot see the page should know: the publication is text only, how to find one's way,
     * and what became of the images.
     */
    static String summary(int articles, boolean sources, boolean figures, boolean cover) {
        return summary(articles, sources, figures, cover, FigureState.TEXT_ONLY);
    }

    /**
     * What became of the figures' images.
     *
     * @param shown       whether any figure shows its image
     * @param allShown    whether every figure does
     * @param described   whether every image shown has a text alternative
     */
    record FigureState(boolean shown, boolean allShown, boolean described) {
        static final FigureState TEXT_ONLY = new FigureState(false, false, true);
    }

    /** The summary, saying which images are included. */
    static String summary(int articles, boolean sources, boolean figures, boolean cover, FigureState state) {
        StringBuilder summary = new StringBuilder(articles == 1
                ? "A news article in text form"
                : "A collection of " + articles + " news articles in text form");
        summary.append(", with headings, a table of contents and a logical reading order");
        if (sources) {
            summary.append("; every quotation links to a list of the sources quoted, and back");
        }
        summary.append('.');
        if (figures && !state.shown()) {
            summary.append(" The images of the original are not included: each is replaced by its description,"
                    + " caption and credit as text.");
        } else if (figures) {
            summary.append(state.allShown() ? " The images of the original are included"
                    : " The images of the original that were saved with it are included");
            summary.append(state.described() ? ", each with its description or caption as alternative text."
                    : "; some have no description, only a caption or credit beside them.");
            if (!state.allShown()) {
                summary.append(" The others are replaced by their description, caption and credit as text.");
            }
        }
        if (cover) {
            summary.append(" The cover is an image of the title; its alternative text gives the title and authors.");
        }
        summary.append(" No flashing, motion or sound hazards.");
        return summary.toString();
    }
}

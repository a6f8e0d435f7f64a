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
        StringBuilder summary = new StringBuilder(articles == 1
                ? "A news article in text form"
                : "A collection of " + articles + " news articles in text form");
        summary.append(", with headings, a table of contents and a logical reading order");
        if (sources) {
            summary.append("; every quotation links to a list of the sources quoted, and back");
        }
        summary.append('.');
        if (figures) {
            summary.append(" The images of the original are not included: each is replaced by its description,"
                    + " caption and credit as text.");
        }
        if (cover) {
            summary.append(" The cover is an image of the title; its alternative text gives the title and authors.");
        }
        summary.append(" No flashing, motion or sound hazards.");
        return summary.toString();
    }
}

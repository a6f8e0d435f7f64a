package io.tearsheet.epub.internal;

/**
 * Writes {@code cover.xhtml}, the first page of the reading order: the cover image alone, described by its
 * alternative text (the title and authors) for readers who cannot see it.
 */
final class CoverPage {
    static final String FILE = "cover.xhtml";
    static final String LABEL = "Cover";

    private CoverPage() {
    }

    static void write(XmlWriter out, String language, String title, String description) {
        XhtmlPage.begin(out, language, title, null, "cover-page");
        out.start("div", "class", "cover").newline();
        out.empty("img", "src", CoverImage.FILE, "alt", description, "epub:type", "cover", "role", "doc-cover")
                .newline();
        out.endLine();
        XhtmlPage.end(out);
    }
}

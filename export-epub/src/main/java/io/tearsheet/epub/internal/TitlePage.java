package io.tearsheet.epub.internal;

import io.tearsheet.export.DisplayText;

import java.util.List;

/**
 * Writes the title page, the EPUB's generated cover: a centred block of kicker, title, subtitle, authors and
 * imprint, set in the stylesheet's display type.
 *
 * @param language  the page's language
 * @param kicker    the label above the title, or null
 * @param title     the title, already cleaned and not blank
 * @param subtitle  the line below it, or null
 * @param authors   the authors' names, possibly none
 * @param series    the series line ("Part 2 of 3 in the series …"), or null
 * @param imprint   the publisher, date and extent lines, possibly none
 * @param rights    the rights statement, or null
 */
record TitlePage(String language, String kicker, String title, String subtitle, List<String> authors,
                 String series, List<String> imprint, String rights) {
    static final String FILE = "title.xhtml";
    static final String LABEL = "Title page";

    void write(XmlWriter out) {
        XhtmlPage.begin(out, language, title, "frontmatter", "title-page");
        out.start("section", "class", "titlepage", "epub:type", "titlepage", "aria-label", LABEL).newline();
        if (CleanText.hasText(out, kicker)) {
            out.element("p", kicker, "class", "kicker").newline();
        }
        out.element("h1", title, "class", "title", "epub:type", "fulltitle").newline();
        if (CleanText.hasText(out, subtitle)) {
            out.element("p", subtitle, "class", "subtitle").newline();
        }
        List<String> names = authors.stream().filter(a -> CleanText.hasText(out, a)).toList();
        if (!names.isEmpty()) {
            out.element("p", DisplayText.names(names), "class", "authors").newline();
        }
        if (CleanText.hasText(out, series)) {
            out.element("p", series, "class", "series").newline();
        }
        List<String> lines = imprint.stream().filter(a -> CleanText.hasText(out, a)).toList();
        if (!lines.isEmpty()) {
            out.start("div", "class", "imprint").newline();
            for (String line : lines) {
                out.element("p", line).newline();
            }
            out.endLine();
        }
        if (CleanText.hasText(out, rights)) {
            out.element("p", rights, "class", "rights").newline();
        }
        out.endLine();
        XhtmlPage.end(out);
    }
}

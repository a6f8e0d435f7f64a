package io.tearsheet.epub.internal;

import io.tearsheet.export.BookIndex;
import io.tearsheet.export.DisplayText;

import java.util.List;

/**
 * Writes a book's "Who is quoted" index from core's {@link BookIndex}: every named source once, however many
 * articles quote it, with a line per article linking to each of its quotations there.
 */
final class WhoIsQuotedDocument {
    static final String FILE = "index.xhtml";
    static final String TITLE = "Who is quoted";

    private WhoIsQuotedDocument() {
    }

    /** Where a book's articles and their quotations are. */
    interface Places {
        /** The article document at book position {@code article}. */
        String articleFile(int article);

        /** The article's headline, as the contents give it. */
        String headline(int article);

        /** The element id of quotation {@code number} in that article. */
        String anchor(int article, int number);
    }

    static void write(XmlWriter out, String language, List<BookIndex.Entry> entries, Places places) {
        XhtmlPage.begin(out, language, TITLE, "backmatter", "index-page");
        out.start("section", "class", "who-is-quoted", "role", "doc-index", "aria-labelledby", "index-title")
                .newline();
        out.element("h1", TITLE, "id", "index-title").newline();
        out.element("p", entries.size() + (entries.size() == 1 ? " source" : " sources")
                + " quoted in this book, by name.", "class", "sources-intro").newline();
        out.start("ol", "class", "index").newline();
        int position = 0;
        for (BookIndex.Entry entry : entries) {
            out.start("li", "id", "who-" + (++position));
            out.element("span", CleanText.orFallback(out, entry.name(), SourcesDocument.UNNAMED_SOURCE),
                    "class", "index-name");
            if (CleanText.hasText(out, entry.description())) {
                out.text(", ").element("span", entry.description(), "class", "index-about");
            }
            out.newline().start("ul", "class", "appearances").newline();
            for (BookIndex.Appearance appearance : entry.appearances()) {
                String file = places.articleFile(appearance.article());
                out.start("li");
                out.element("a", CleanText.orFallback(out, places.headline(appearance.article()),
                        DisplayText.UNTITLED), "href", file);
                out.text(appearance.quoteNumbers().size() == 1 ? ": quotation " : ": quotations ");
                List<Integer> numbers = appearance.quoteNumbers();
                for (int i = 0; i < numbers.size(); i++) {
                    if (i > 0) {
                        out.text(", ");
                    }
                    int number = numbers.get(i);
                    out.element("a", Integer.toString(number),
                            "href", file + "#" + places.anchor(appearance.article(), number));
                }
                out.endLine();
            }
            out.endLine(); // ul
            out.endLine(); // li
        }
        out.endLine();
        out.endLine();
        XhtmlPage.end(out);
    }
}

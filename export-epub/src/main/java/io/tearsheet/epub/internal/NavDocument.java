package io.tearsheet.epub.internal;

import io.tearsheet.export.DisplayText;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Writes the EPUB 3 navigation document: the table of contents as nested ordered lists, and the landmarks.
 *
 * @see <a href="https://www.w3.org/TR/epub-33/#sec-nav">EPUB 3.3, navigation document</a>
 */
final class NavDocument {
    static final String FILE = "nav.xhtml";
    static final String TITLE = "Contents";
    static final String TOC_ID = "toc";

    private NavDocument() {
    }

    static void write(XmlWriter out, String language, List<ContentsEntry> contents, List<Landmark> landmarks) {
        XhtmlPage.begin(out, language, TITLE, "frontmatter", "contents-page");
        out.start("nav", "epub:type", "toc", "role", "doc-toc", "id", TOC_ID, "aria-labelledby", "toc-title")
                .newline();
        out.element("h1", TITLE, "id", "toc-title").newline();
        list(out, contents);
        out.endLine();
        out.start("nav", "epub:type", "landmarks", "id", "landmarks", "hidden", "hidden",
                "aria-labelledby", "landmarks-title").newline();
        out.element("h2", "Landmarks", "id", "landmarks-title").newline();
        out.start("ol").newline();
        for (Landmark landmark : landmarks) {
            out.start("li").element("a", landmark.label(), "epub:type", landmark.type(), "href", landmark.href())
                    .endLine();
        }
        out.endLine();
        out.endLine();
        XhtmlPage.end(out);
    }

    /** The nested lists, written with an explicit stack. */
    private static void list(XmlWriter out, List<ContentsEntry> entries) {
        Deque<Iterator<ContentsEntry>> stack = new ArrayDeque<>();
        out.start("ol").newline();
        stack.push(entries.iterator());
        while (!stack.isEmpty()) {
            Iterator<ContentsEntry> level = stack.peek();
            if (!level.hasNext()) {
                stack.pop();
                out.endLine(); // ol
                if (!stack.isEmpty()) {
                    out.endLine(); // the li holding that ol
                }
                continue;
            }
            ContentsEntry entry = level.next();
            out.start("li");
            String label = CleanText.orFallback(out, entry.label(), DisplayText.UNTITLED);
            if (entry.href() != null) {
                out.element("a", label, "href", entry.href());
            } else {
                out.element("span", label);
            }
            if (entry.children().isEmpty()) {
                out.endLine();
            } else {
                out.newline().start("ol").newline();
                stack.push(entry.children().iterator());
            }
        }
    }
}

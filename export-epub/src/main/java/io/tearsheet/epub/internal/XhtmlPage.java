package io.tearsheet.epub.internal;

/**
 * The frame every XHTML content document shares: XML declaration, HTML doctype, the EPUB namespace, language,
 * title and the stylesheet link.
 *
 * @see <a href="https://www.w3.org/TR/epub-33/#sec-xhtml">EPUB 3.3, XHTML content documents</a>
 */
final class XhtmlPage {
    static final String STYLESHEET = "style.css";

    private XhtmlPage() {
    }

    /**
     * Writes everything up to and including the opening {@code body} tag. {@code title} must already be clean and
     * not blank; {@code bodyType} is the body's {@code epub:type}, or null.
     */
    static void begin(XmlWriter out, String language, String title, String bodyType, String bodyClass) {
        out.declaration().raw("<!DOCTYPE html>\n");
        out.start("html", "xmlns", "http://www.w3.org/1999/xhtml", "xmlns:epub", "http://www.idpf.org/2007/ops",
                "lang", language, "xml:lang", language).newline();
        out.start("head").newline();
        out.element("title", title).newline();
        out.empty("link", "rel", "stylesheet", "type", "text/css", "href", STYLESHEET).newline();
        out.end().newline();
        out.start("body", "epub:type", bodyType, "class", bodyClass).newline();
    }

    /** Closes {@code body} and {@code html}. */
    static void end(XmlWriter out) {
        out.end().newline();
        out.end().newline();
    }
}

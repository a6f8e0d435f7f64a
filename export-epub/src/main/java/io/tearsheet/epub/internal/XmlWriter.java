package io.tearsheet.epub.internal;

import io.tearsheet.export.XmlText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes XML (XHTML, OPF, NCX) straight to a stream, element by element: nothing is held in memory beyond the
 * names of the open elements. Every piece of text and every attribute value goes through {@link XmlText}, which
 * drops the characters XML 1.0 forbids (remembering them for the export report) and escapes markup; element and
 * attribute names are always constants of the exporter.
 *
 * <p>I/O errors surface as {@link UncheckedIOException} so that the writer can be used from inline handlers;
 * the exporters unwrap them back into {@link IOException}.
 */
final class XmlWriter {
    private final Writer out;
    private final XmlText xml;
    private final Deque<String> open = new ArrayDeque<>();

    XmlWriter(Writer out, XmlText xml) {
        this.out = out;
        this.xml = xml;
    }

    /** The XML declaration, first line of every document. */
    XmlWriter declaration() {
        return raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Opens an element; {@code attributes} are name/value pairs, and a pair whose value is null is left out. */
    XmlWriter start(String name, String... attributes) {
        tag(name, attributes);
        raw(">");
        open.push(name);
        return this;
    }

    /** Closes the element last opened. */
    XmlWriter end() {
        raw("</").raw(open.pop()).raw(">");
        return this;
    }

    /** Closes the element last opened and starts a new line, for block-level elements. */
    XmlWriter endLine() {
        return end().newline();
    }

    /** An element with no content: {@code <name …/>}. */
    XmlWriter empty(String name, String... attributes) {
        tag(name, attributes);
        return raw("/>");
    }

    /** An element holding only text. */
    XmlWriter element(String name, String text, String... attributes) {
        return start(name, attributes).text(text).end();
    }

    /** Escaped text. */
    XmlWriter text(String text) {
        return raw(xml.escape(text));
    }

    XmlWriter newline() {
        return raw("\n");
    }

    /** Markup written as is: only ever constants of the exporter. */
    XmlWriter raw(String markup) {
        try {
            out.write(markup);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** How many elements are open. */
    int depth() {
        return open.size();
    }

    /** Text made safe for XML but not escaped, to test for blankness before writing it. */
    String clean(String text) {
        return xml.clean(text);
    }

    private void tag(String name, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs: " + name);
        }
        raw("<").raw(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                raw(" ").raw(attributes[i]).raw("=\"").raw(xml.escape(attributes[i + 1])).raw("\"");
            }
        }
    }
}

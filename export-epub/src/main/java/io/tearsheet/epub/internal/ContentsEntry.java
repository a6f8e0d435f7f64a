package io.tearsheet.epub.internal;

import java.util.List;

/**
 * One line of the table of contents.
 *
 * @param label    what the line says (cleaned by the writer)
 * @param href     the document it opens, or null for a heading that only groups the lines under it
 * @param children the lines under it, in reading order; never empty when {@code href} is null
 */
record ContentsEntry(String label, String href, List<ContentsEntry> children) {
    ContentsEntry {
        children = List.copyOf(children);
        if (href == null && children.isEmpty()) {
            throw new IllegalArgumentException("a contents heading without a link needs lines under it: " + label);
        }
    }

    static ContentsEntry link(String label, String href) {
        return new ContentsEntry(label, href, List.of());
    }

    /** The first document this line or a line under it opens: where an EPUB 2 reader goes for a heading. */
    String firstHref() {
        ContentsEntry entry = this;
        while (entry.href == null) {
            entry = entry.children.get(0);
        }
        return entry.href;
    }
}

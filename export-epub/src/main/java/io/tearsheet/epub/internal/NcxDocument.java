package io.tearsheet.epub.internal;

import io.tearsheet.export.DisplayText;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code toc.ncx}, the EPUB 2 table of contents, for reading systems (and libraries such as Epublib) that
 * know no navigation document. Its {@code dtb:uid} repeats the package identifier, as epubcheck requires; play
 * order follows reading order, and lines that open the same document share a number.
 *
 * @see <a href="https://idpf.org/epub/20/spec/OPF_2.0.1_draft.htm#Section2.4.1">OPF 2.0.1, NCX</a>
 */
final class NcxDocument {
    static final String FILE = "toc.ncx";

    private NcxDocument() {
    }

    static void write(XmlWriter out, String identifier, String title, List<ContentsEntry> contents) {
        out.declaration();
        out.start("ncx", "xmlns", "http://www.daisy.org/z3986/2005/ncx/", "version", "2005-1").newline();
        out.start("head").newline();
        out.empty("meta", "name", "dtb:uid", "content", identifier).newline();
        out.empty("meta", "name", "dtb:depth", "content", Integer.toString(depth(contents))).newline();
        out.empty("meta", "name", "dtb:totalPageCount", "content", "0").newline();
        out.empty("meta", "name", "dtb:maxPageNumber", "content", "0").newline();
        out.endLine();
        out.start("docTitle").element("text", title).endLine();
        out.start("navMap").newline();
        Map<String, Integer> playOrder = new HashMap<>();
        int[] navPoints = {0};
        Deque<Iterator<ContentsEntry>> stack = new ArrayDeque<>();
        stack.push(contents.iterator());
        while (!stack.isEmpty()) {
            Iterator<ContentsEntry> level = stack.peek();
            if (!level.hasNext()) {
                stack.pop();
                if (!stack.isEmpty()) {
                    out.endLine(); // the navPoint holding this level
                }
                continue;
            }
            ContentsEntry entry = level.next();
            String target = entry.firstHref();
            int order = playOrder.computeIfAbsent(target, t -> playOrder.size() + 1);
            out.start("navPoint", "id", "navpoint-" + (++navPoints[0]), "playOrder", Integer.toString(order));
            out.start("navLabel").element("text", CleanText.orFallback(out, entry.label(), DisplayText.UNTITLED))
                    .end();
            out.empty("content", "src", target);
            if (entry.children().isEmpty()) {
                out.endLine();
            } else {
                out.newline();
                stack.push(entry.children().iterator());
            }
        }
        out.endLine(); // navMap
        out.endLine(); // ncx
    }

    private static int depth(List<ContentsEntry> contents) {
        int depth = 0;
        Deque<Map.Entry<ContentsEntry, Integer>> stack = new ArrayDeque<>();
        contents.forEach(e -> stack.push(Map.entry(e, 1)));
        while (!stack.isEmpty()) {
            Map.Entry<ContentsEntry, Integer> top = stack.pop();
            depth = Math.max(depth, top.getValue());
            top.getKey().children().forEach(c -> stack.push(Map.entry(c, top.getValue() + 1)));
        }
        return Math.max(depth, 1);
    }
}

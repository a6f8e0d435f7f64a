package io.tearsheet.pdf.internal.render;

import io.tearsheet.pdf.internal.page.TextLineItem;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where an article's paragraphs were printed, line by line, so that a quotation can be cited by its page.
 * One article's; not thread-safe.
 */
final class LinePages {
    /** What stands for the page of text that was never printed (nothing of it could be drawn). */
    static final String UNKNOWN = "–";

    /** For each paragraph index, the pages of its lines by the line's first plain-text offset. */
    private final Map<Integer, TreeMap<Integer, Integer>> pages = new HashMap<>();

    /** {@code line} was placed on page {@code page}. */
    void placed(TextLineItem line, int page) {
        if (line.paragraph() >= 0 && line.line().plainStart() >= 0) {
            pages.computeIfAbsent(line.paragraph(), k -> new TreeMap<>()).putIfAbsent(line.line().plainStart(), page);
        }
    }

    /** The page where the given offset of the given paragraph was printed, or {@link #UNKNOWN}. */
    String page(int paragraph, int offset) {
        TreeMap<Integer, Integer> lines = pages.get(paragraph);
        if (lines == null || lines.isEmpty()) {
            return UNKNOWN;
        }
        Map.Entry<Integer, Integer> entry = lines.floorEntry(offset);
        return Integer.toString(entry != null ? entry.getValue() : lines.firstEntry().getValue());
    }
}

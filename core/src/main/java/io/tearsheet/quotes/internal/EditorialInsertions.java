package io.tearsheet.quotes.internal;

import io.tearsheet.model.EditorialInsertion;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns words in square brackets inside quotations ("pass on [to the union] last spring") into
 * {@link EditorialInsertion}s: the editor's words, without their brackets, which exporters draw again. Brackets
 * that would have to cross an emphasis or a link are left as text.
 */
public final class EditorialInsertions {
    /** Longer bracketed text is the speaker's own aside, not an editor's insertion. */
    private static final int MAX_LENGTH = 80;

    private EditorialInsertions() {
    }

    /** A bracketed insertion by char index of its '[' and one past its ']'. */
    public record Bracketed(int open, int close) {
    }

    /** The bracketed insertions inside the paragraph's quotations. */
    public static List<Bracketed> find(String text, List<MarkedQuote> quotes) {
        List<Bracketed> found = new ArrayList<>();
        for (MarkedQuote q : quotes) {
            if (q.depth() != 0) {
                continue;
            }
            int i = q.start();
            while (i < q.end()) {
                int open = text.indexOf('[', i);
                if (open < 0 || open >= q.end()) {
                    break;
                }
                int close = -1;
                int nested = -1;
                for (int k = open + 1; k < q.end() && k <= open + MAX_LENGTH + 1; k++) {
                    char c = text.charAt(k);
                    if (c == ']') {
                        close = k;
                        break;
                    }
                    if (c == '[' && nested < 0) {
                        nested = k;
                    }
                }
                if (close < 0) {
                    i = open + 1;
                    continue;
                }
                if (nested < 0 && close - open - 1 <= MAX_LENGTH
                        && !text.substring(open + 1, close).isBlank()) {
                    found.add(new Bracketed(open, close + 1));
                }
                i = close + 1;
            }
        }
        return found;
    }

    /** The paragraph's content with each insertion that lies inside one text made an insertion inline. */
    public static List<Inline> apply(List<Inline> content, List<Bracketed> insertions, List<String> notes, int paragraph) {
        if (insertions.isEmpty()) {
            return content;
        }
        List<InlineEvents.Event> events = InlineEvents.flatten(content);
        List<InlineEvents.Event> out = new ArrayList<>(events.size() + insertions.size() * 3);
        int offset = 0;
        int next = 0;
        for (InlineEvents.Event event : events) {
            if (!(event instanceof InlineEvents.Leaf leaf)) {
                out.add(event);
                continue;
            }
            int length = leaf.length();
            int end = offset + length;
            while (next < insertions.size() && insertions.get(next).open() < offset) {
                notes.add("paragraph " + paragraph + ": bracketed words at " + insertions.get(next).open()
                        + " cross an inline boundary and stay text");
                next++;
            }
            if (!(leaf.leaf() instanceof Text text) || next >= insertions.size() || insertions.get(next).open() >= end) {
                out.add(event);
                offset = end;
                continue;
            }
            String s = text.text();
            int from = 0;
            while (next < insertions.size() && insertions.get(next).open() < end) {
                Bracketed b = insertions.get(next);
                if (b.close() > end) {
                    notes.add("paragraph " + paragraph + ": bracketed words at " + b.open()
                            + " cross an inline boundary and stay text");
                    next++;
                    continue;
                }
                int a = b.open() - offset;
                int z = b.close() - offset;
                out.add(new InlineEvents.Leaf(new Text(s.substring(from, a))));
                out.add(new InlineEvents.Leaf(new EditorialInsertion(s.substring(a + 1, z - 1))));
                from = z;
                next++;
            }
            out.add(new InlineEvents.Leaf(new Text(s.substring(from))));
            offset = end;
        }
        return InlineEvents.build(out);
    }
}

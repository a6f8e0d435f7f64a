package io.tearsheet.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The one depth-first walk over inline trees, and the plain text it defines.
 *
 * <p>The walk keeps its own stack rather than recursing, so a quotation nested ten thousand deep is
 * no danger to the caller.
 *
 * @since 0.1.0
 */
public final class Inlines {
    private Inlines() {
    }

    /**
     * Walks {@code inlines} in reading order, calling {@code handler} for each leaf and on entering and
     * leaving each container.
     */
    public static void walk(List<Inline> inlines, InlineHandler handler) {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(null, inlines.iterator()));
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            if (!top.children.hasNext()) {
                stack.pop();
                if (top.container != null) {
                    handler.leave(top.container);
                }
                continue;
            }
            Inline next = top.children.next();
            if (next instanceof Text text) {
                handler.text(text);
            } else if (next instanceof EditorialInsertion insertion) {
                handler.insertion(insertion);
            } else if (next instanceof InlineContainer container) {
                handler.enter(container);
                stack.push(new Frame(container, container.content().iterator()));
            }
        }
    }

    /**
     * The plain text of an inline tree: the text of every {@link Text} and {@link EditorialInsertion}, in
     * order, with nothing added (no quotation marks for spans, no brackets for insertions).
     */
    public static String plainText(List<Inline> inlines) {
        if (inlines.size() == 1 && inlines.get(0) instanceof Text text) {
            return text.text(); // most paragraphs: one run of text, nothing to copy
        }
        List<String> leaves = new ArrayList<>();
        walk(inlines, new InlineHandler() {
            @Override
            public void text(Text text) {
                leaves.add(text.text());
            }

            @Override
            public void insertion(EditorialInsertion insertion) {
                leaves.add(insertion.text());
            }
        });
        // String.join makes the result once, at its length and in the width its characters need; a StringBuilder
        // grows, widens at the first quotation mark beyond Latin-1 and copies again
        return String.join("", leaves);
    }

    /** The length of {@code text} in Unicode code points, the unit of {@link Quote} offsets. */
    public static int codePointLength(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The characters from code point {@code start} (inclusive) to {@code end} (exclusive). */
    public static String substringByCodePoints(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        return text.substring(from, to);
    }

    private record Frame(InlineContainer container, Iterator<Inline> children) {
    }
}

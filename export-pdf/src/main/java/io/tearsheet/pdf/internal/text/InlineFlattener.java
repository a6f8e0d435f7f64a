package io.tearsheet.pdf.internal.text;

import io.tearsheet.model.EditorialInsertion;
import io.tearsheet.model.Emphasis;
import io.tearsheet.model.Inline;
import io.tearsheet.model.InlineContainer;
import io.tearsheet.model.InlineHandler;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.Link;
import io.tearsheet.model.Strong;
import io.tearsheet.model.Text;
import io.tearsheet.pdf.internal.tagging.StructNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns an inline tree into styled spans with core's one walk ({@link Inlines#walk}): emphasis sets italic
 * (and upright inside italic), strong sets bold, a link makes a Link element (nested links join the outer one),
 * an editorial insertion is drawn in brackets. Quotation spans change nothing visible: their quotation marks
 * are already text.
 */
public final class InlineFlattener {
    private InlineFlattener() {
    }

    /**
     * The spans of {@code inlines} set in {@code base}; links become children of {@code parent}.
     */
    public static List<Span> flatten(List<Inline> inlines, TextStyle base, StructNode parent) {
        List<Span> spans = new ArrayList<>();
        Deque<State> stack = new ArrayDeque<>();
        stack.push(new State(base, null, null));
        int[] offset = {0};
        Inlines.walk(inlines, new InlineHandler() {
            @Override
            public void text(Text text) {
                State state = stack.peek();
                spans.add(new Span(text.text(), state.style, state.link, state.href, offset[0]));
                offset[0] += text.text().codePointCount(0, text.text().length());
            }

            @Override
            public void insertion(EditorialInsertion insertion) {
                State state = stack.peek();
                spans.add(new Span("[", state.style, state.link, state.href, -1));
                spans.add(new Span(insertion.text(), state.style, state.link, state.href, offset[0]));
                offset[0] += insertion.text().codePointCount(0, insertion.text().length());
                spans.add(new Span("]", state.style, state.link, state.href, -1));
            }

            @Override
            public void enter(InlineContainer container) {
                State state = stack.peek();
                if (container instanceof Emphasis) {
                    stack.push(new State(state.style.withItalic(!state.style.italic()), state.link, state.href));
                } else if (container instanceof Strong) {
                    stack.push(new State(state.style.withBold(true), state.link, state.href));
                } else if (container instanceof Link link && state.link == null) {
                    stack.push(new State(state.style, parent.child("Link"), link.href()));
                } else {
                    stack.push(state);
                }
            }

            @Override
            public void leave(InlineContainer container) {
                stack.pop();
            }
        });
        return spans;
    }

    private record State(TextStyle style, StructNode link, String href) {
    }
}

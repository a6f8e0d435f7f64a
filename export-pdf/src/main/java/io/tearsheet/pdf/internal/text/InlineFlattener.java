package io.tearsheet.pdf.internal.text;

import io.tearsheet.export.ScriptLanguages;
import io.tearsheet.model.EditorialInsertion;
import io.tearsheet.model.Emphasis;
import io.tearsheet.model.Inline;
import io.tearsheet.model.InlineContainer;
import io.tearsheet.model.InlineHandler;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.Link;
import io.tearsheet.model.QuoteSpan;
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
 * are already text; a quotation written in another script than the text around it becomes a Span element
 * carrying its language ({@link ScriptLanguages}), as PDF/UA asks of every change of language.
 */
public final class InlineFlattener {
    private InlineFlattener() {
    }

    /**
     * The spans of {@code inlines} set in {@code base}; links become children of {@code parent}.
     */
    public static List<Span> flatten(List<Inline> inlines, TextStyle base, StructNode parent) {
        return flatten(inlines, base, parent, null);
    }

    /**
     * The spans of {@code inlines} set in {@code base}; links, and quotations in another script than
     * {@code language}, become children of {@code parent}.
     *
     * @param language the language in force in {@code parent}, or null to tag no quotation
     */
    public static List<Span> flatten(List<Inline> inlines, TextStyle base, StructNode parent, String language) {
        List<Span> spans = new ArrayList<>();
        Deque<State> stack = new ArrayDeque<>();
        stack.push(new State(base, null, null, false));
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
                    stack.push(new State(state.style.withItalic(!state.style.italic()), state.link, state.href,
                            state.inLink));
                } else if (container instanceof Strong) {
                    stack.push(new State(state.style.withBold(true), state.link, state.href, state.inLink));
                } else if (container instanceof Link link && !state.inLink) {
                    StructNode owner = state.link != null ? state.link : parent;
                    stack.push(new State(state.style, owner.child("Link"), link.href(), true));
                } else if (container instanceof QuoteSpan quote && language != null && state.link == null) {
                    String tag = ScriptLanguages.differing(Inlines.plainText(quote.content()), language)
                            .orElse(null);
                    stack.push(tag == null ? state
                            : new State(state.style, parent.child("Span").language(tag), null, false));
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

    /**
     * @param link   the element the text belongs to when not the paragraph's own: a Link, or a Span in another
     *               language
     * @param inLink whether a link is open (links do not nest)
     */
    private record State(TextStyle style, StructNode link, String href, boolean inLink) {
    }
}

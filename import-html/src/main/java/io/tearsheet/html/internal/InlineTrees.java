package io.tearsheet.html.internal;

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

import java.util.List;

/** Small readings and rewritings of inline trees shared by the reader's passes. */
final class InlineTrees {
    private InlineTrees() {
    }

    /** How many non-space characters of an inline tree are link text. */
    static int linkChars(List<Inline> inlines) {
        int[] linkChars = {0};
        int[] depth = {0};
        Inlines.walk(inlines, new InlineHandler() {
            @Override
            public void text(Text text) {
                if (depth[0] > 0) {
                    linkChars[0] += Texts.nonSpace(text.text());
                }
            }

            @Override
            public void insertion(EditorialInsertion insertion) {
                // the reader's own trees hold no insertions
            }

            @Override
            public void enter(InlineContainer container) {
                if (container instanceof Link) {
                    depth[0]++;
                }
            }

            @Override
            public void leave(InlineContainer container) {
                if (container instanceof Link) {
                    depth[0]--;
                }
            }
        });
        return linkChars[0];
    }

    /** A container of the same kind (and link target, or quote id) as {@code container}, holding {@code content}. */
    static Inline rebuild(InlineContainer container, List<Inline> content) {
        if (container instanceof Emphasis) {
            return new Emphasis(content);
        }
        if (container instanceof Strong) {
            return new Strong(content);
        }
        if (container instanceof Link link) {
            return new Link(link.href(), content);
        }
        return new QuoteSpan(((QuoteSpan) container).quoteId(), content);
    }
}

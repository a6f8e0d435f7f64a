package io.tearsheet.quotes.internal;

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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * An inline tree as a flat list of events (enter a container, a leaf, leave), and back. Edits such as splitting
 * a text or wrapping words in a quotation span are made on the list, so no tree is ever walked recursively,
 * however deep it is nested.
 */
public final class InlineEvents {
    private InlineEvents() {
    }

    /** One step of the walk. */
    public sealed interface Event permits Enter, Leave, Leaf {
    }

    /** Entering a container; {@code container}'s own content is ignored when rebuilding. */
    public record Enter(InlineContainer container) implements Event {
    }

    /** Leaving the container last entered. */
    public record Leave() implements Event {
    }

    /** A {@link Text} or {@link EditorialInsertion}. */
    public record Leaf(Inline leaf) implements Event {
        int length() {
            return leaf instanceof Text t ? t.text().length() : ((EditorialInsertion) leaf).text().length();
        }
    }

    /** The events of an inline tree, in reading order (uses the model's own iterative walk). */
    public static List<Event> flatten(List<Inline> content) {
        List<Event> events = new ArrayList<>();
        Inlines.walk(content, new InlineHandler() {
            @Override
            public void text(Text text) {
                events.add(new Leaf(text));
            }

            @Override
            public void insertion(EditorialInsertion insertion) {
                events.add(new Leaf(insertion));
            }

            @Override
            public void enter(InlineContainer container) {
                events.add(new Enter(container));
            }

            @Override
            public void leave(InlineContainer container) {
                events.add(new Leave());
            }
        });
        return events;
    }

    /** The inline tree the events describe; empty texts are dropped and adjacent texts merged. */
    public static List<Inline> build(List<Event> events) {
        Deque<InlineContainer> templates = new ArrayDeque<>();
        Deque<List<Inline>> children = new ArrayDeque<>();
        children.push(new ArrayList<>());
        for (Event event : events) {
            if (event instanceof Enter enter) {
                templates.push(enter.container());
                children.push(new ArrayList<>());
            } else if (event instanceof Leave) {
                List<Inline> content = children.pop();
                InlineContainer built = copy(templates.pop(), content);
                children.peek().add(built);
            } else if (event instanceof Leaf leaf) {
                List<Inline> list = children.peek();
                if (leaf.leaf() instanceof Text text) {
                    if (text.text().isEmpty()) {
                        continue;
                    }
                    if (!list.isEmpty() && list.get(list.size() - 1) instanceof Text previous) {
                        list.set(list.size() - 1, new Text(previous.text() + text.text()));
                        continue;
                    }
                }
                list.add(leaf.leaf());
            }
        }
        return children.pop();
    }

    /** A container like {@code template} holding {@code content}. */
    static InlineContainer copy(InlineContainer template, List<Inline> content) {
        if (template instanceof Emphasis) {
            return new Emphasis(content);
        }
        if (template instanceof Strong) {
            return new Strong(content);
        }
        if (template instanceof Link link) {
            return new Link(link.href(), content);
        }
        return new QuoteSpan(((QuoteSpan) template).quoteId(), content);
    }
}

package io.tearsheet.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks that quote spans and quotes agree. */
final class SpanCheck {
    private SpanCheck() {
    }

    static void check(List<Section> sections, Map<String, Quote> quotesById) {
        Set<String> seen = new HashSet<>();
        for (SpanLocation span : SpanLocation.locate(sections)) {
            Quote quote = quotesById.get(span.quoteId());
            if (quote == null) {
                throw new InvalidArticleException("paragraph " + span.paragraph() + ": quote span '"
                        + span.quoteId() + "' names no quote");
            }
            if (!seen.add(span.quoteId())) {
                throw new InvalidArticleException("quote '" + span.quoteId() + "' has more than one span");
            }
            if (quote.paragraph() != span.paragraph() || quote.start() != span.start() || quote.end() != span.end()) {
                throw new InvalidArticleException("quote '" + span.quoteId() + "' says paragraph "
                        + quote.paragraph() + " at " + quote.start() + ".." + quote.end()
                        + " but its span is in paragraph " + span.paragraph() + " at " + span.start() + ".."
                        + span.end());
            }
        }
        refuseSpansOutsideParagraphs(sections);
    }

    /** Quote spans belong in paragraphs; anywhere else their offsets would mean nothing. */
    private static void refuseSpansOutsideParagraphs(List<Section> sections) {
        Deque<Block> blocks = new ArrayDeque<>();
        for (Section section : sections) {
            blocks.addAll(section.blocks());
        }
        while (!blocks.isEmpty()) {
            Block block = blocks.pop();
            if (block instanceof BlockQuote quote) {
                blocks.addAll(quote.blocks());
            } else if (block instanceof Heading heading) {
                refuse(heading.content(), "a heading");
            } else if (block instanceof Figure figure) {
                refuse(figure.caption(), "a figure caption");
            } else if (block instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    refuse(item.content(), "a list item");
                }
            }
        }
    }

    private static void refuse(List<Inline> content, String where) {
        Inlines.walk(content, new InlineHandler() {
            @Override
            public void text(Text text) {
                // only spans matter here
            }

            @Override
            public void insertion(EditorialInsertion insertion) {
                // only spans matter here
            }

            @Override
            public void enter(InlineContainer container) {
                if (container instanceof QuoteSpan span) {
                    throw new InvalidArticleException("quote span '" + span.quoteId() + "' is in " + where
                            + "; quote spans may only stand in paragraphs");
                }
            }

            @Override
            public void leave(InlineContainer container) {
                // only spans matter here
            }
        });
    }
}

package io.tearsheet.model;

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
        Blocks.walkSections(sections, new BlockHandler() {
            @Override
            public void heading(Heading heading) {
                refuse(heading.content(), "a heading");
            }

            @Override
            public void figure(Figure figure) {
                refuse(figure.caption(), "a figure caption");
            }

            @Override
            public void list(ListBlock list) {
                for (ListItem item : list.items()) {
                    refuse(item.content(), "a list item");
                }
            }
        });
    }

    private static void refuse(List<Inline> content, String where) {
        Inlines.walk(content, new InlineHandler() {
            @Override
            public void enter(InlineContainer container) {
                if (container instanceof QuoteSpan span) {
                    throw new InvalidArticleException("quote span '" + span.quoteId() + "' is in " + where
                            + "; quote spans may only stand in paragraphs");
                }
            }
        });
    }
}

package io.tearsheet.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * Where a {@link QuoteSpan} stands: the paragraph's index in {@link Article#paragraphs()}, and the span's
 * range in that paragraph's plain text in code points. Readers use it to make {@link Quote}s whose offsets
 * agree with their spans by construction.
 *
 * @param quoteId   the span's quote id
 * @param paragraph the paragraph index
 * @param start     first code point of the span's text
 * @param end       one past its last code point
 * @param text      the span's plain text
 * @since 0.1.0
 * @see #locate(List)
 */
public record SpanLocation(String quoteId, int paragraph, int start, int end, String text) {

    /** Every quote span in {@code sections}, in reading order (an outer span before the spans inside it). */
    public static List<SpanLocation> locate(List<Section> sections) {
        List<SpanLocation> found = new ArrayList<>();
        List<Paragraph> paragraphs = Article.paragraphsOf(sections);
        for (int p = 0; p < paragraphs.size(); p++) {
            locate(p, paragraphs.get(p), found);
        }
        return Collections.unmodifiableList(found);
    }

    private static void locate(int paragraph, Paragraph content, List<SpanLocation> found) {
        if (!holdsContainer(content.content())) {
            return; // plain runs of text hold no span: no walk
        }
        String[] plain = {null}; // made only for a paragraph that holds a span: most hold none
        Deque<OpenSpan> open = new ArrayDeque<>();
        // The walk keeps the offset both in code points (the unit of quotes) and in chars (the unit of substring),
        // so a span's text is cut without counting again from the paragraph's start: a paragraph holding
        // thousands of quotations stays linear.
        int[] codePoints = {0};
        int[] chars = {0};
        Inlines.walk(content.content(), new InlineHandler() {
            @Override
            public void text(Text text) {
                advance(text.text());
            }

            @Override
            public void insertion(EditorialInsertion insertion) {
                advance(insertion.text());
            }

            private void advance(String text) {
                codePoints[0] += Inlines.codePointLength(text);
                chars[0] += text.length();
            }

            @Override
            public void enter(InlineContainer container) {
                if (container instanceof QuoteSpan span) {
                    open.push(new OpenSpan(span.quoteId(), codePoints[0], chars[0], found.size()));
                    found.add(null); // filled in on leaving, so outer spans keep their place before inner ones
                }
            }

            @Override
            public void leave(InlineContainer container) {
                if (container instanceof QuoteSpan) {
                    OpenSpan span = open.pop();
                    if (plain[0] == null) {
                        plain[0] = content.plainText();
                    }
                    found.set(span.slot(), new SpanLocation(span.quoteId(), paragraph, span.start(), codePoints[0],
                            plain[0].substring(span.startChar(), chars[0])));
                }
            }
        });
    }

    private static boolean holdsContainer(List<Inline> inlines) {
        for (Inline inline : inlines) {
            if (inline instanceof InlineContainer) {
                return true;
            }
        }
        return false;
    }

    private record OpenSpan(String quoteId, int start, int startChar, int slot) {
    }
}

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
        String plain = content.plainText();
        Deque<OpenSpan> open = new ArrayDeque<>();
        int[] offset = {0};
        Inlines.walk(content.content(), new InlineHandler() {
            @Override
            public void text(Text text) {
                offset[0] += Inlines.codePointLength(text.text());
            }

            @Override
            public void insertion(EditorialInsertion insertion) {
                offset[0] += Inlines.codePointLength(insertion.text());
            }

            @Override
            public void enter(InlineContainer container) {
                if (container instanceof QuoteSpan span) {
                    open.push(new OpenSpan(span.quoteId(), offset[0], found.size()));
                    found.add(null); // filled in on leaving, so outer spans keep their place before inner ones
                }
            }

            @Override
            public void leave(InlineContainer container) {
                if (container instanceof QuoteSpan) {
                    OpenSpan span = open.pop();
                    found.set(span.slot(), new SpanLocation(span.quoteId(), paragraph, span.start(), offset[0],
                            Inlines.substringByCodePoints(plain, span.start(), offset[0])));
                }
            }
        });
    }

    private record OpenSpan(String quoteId, int start, int slot) {
    }
}

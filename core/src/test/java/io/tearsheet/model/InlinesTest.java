package io.tearsheet.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InlinesTest {

    @Test
    void plainTextConcatenatesLeavesInOrder() {
        List<Inline> content = List.of(new Text("He said “"),
                QuoteSpan.of("q1", new Text("the offer ["), new EditorialInsertion("to the union"), new Text("]")),
                new Text("”"), Emphasis.of(new Text(" twice")));

        assertThat(Inlines.plainText(content)).isEqualTo("He said “the offer [to the union]” twice");
    }

    @Test
    void walksTenThousandLevelsWithoutOverflowingTheStack() {
        Inline inline = new Text("core");
        for (int i = 0; i < 10_000; i++) {
            inline = Emphasis.of(inline);
        }

        assertThat(Inlines.plainText(List.of(inline))).isEqualTo("core");
    }

    @Test
    void locatesNestedSpansOuterFirst() {
        Paragraph p = Paragraph.of(new Text("“"),
                QuoteSpan.of("q1", new Text("laid to rest the fear of the ‘"), QuoteSpan.of("q2", new Text("heron")),
                        new Text("’")), new Text("” it said."));

        List<SpanLocation> spans = SpanLocation.locate(List.of(Section.body(List.of(p))));

        assertThat(spans).extracting(SpanLocation::quoteId).containsExactly("q1", "q2");
        assertThat(spans.get(1)).isEqualTo(new SpanLocation("q2", 0, 31, 36, "heron"));
        assertThat(spans.get(0).text()).isEqualTo("laid to rest the fear of the ‘heron’");
    }
}

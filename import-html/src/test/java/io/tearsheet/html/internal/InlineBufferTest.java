package io.tearsheet.html.internal;

import io.tearsheet.model.Emphasis;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.Link;
import io.tearsheet.model.Strong;
import io.tearsheet.model.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InlineBufferTest {
    @Test
    void collapsesWhitespaceBetweenWordsOnly() {
        InlineBuffer buffer = new InlineBuffer();
        buffer.text("\n   The  ferry ");
        buffer.open(InlineBuffer.Kind.EMPHASIS, null);
        buffer.text(" sails ");
        buffer.close();
        buffer.text(" tonight.\n");
        List<Inline> inlines = buffer.take();
        assertThat(Inlines.plainText(inlines)).isEqualTo("The ferry sails tonight.");
        assertThat(inlines.get(1)).isInstanceOf(Emphasis.class);
    }

    @Test
    void closesAndReopensContainersAcrossABlockBoundary() {
        InlineBuffer buffer = new InlineBuffer();
        buffer.open(InlineBuffer.Kind.STRONG, null);
        buffer.text("First");
        List<Inline> first = buffer.take();
        buffer.text("Second");
        buffer.close();
        List<Inline> second = buffer.take();
        assertThat(first).containsExactly(new Strong(List.of(new Text("First"))));
        assertThat(second).containsExactly(new Strong(List.of(new Text("Second"))));
    }

    @Test
    void dropsEmptyContainersAndKeepsLinkTargets() {
        InlineBuffer buffer = new InlineBuffer();
        buffer.open(InlineBuffer.Kind.LINK, "https://example.org/");
        buffer.close();
        buffer.text("See ");
        buffer.open(InlineBuffer.Kind.LINK, "https://example.org/report");
        buffer.text("the report");
        buffer.close();
        assertThat(buffer.take()).containsExactly(new Text("See "),
                new Link("https://example.org/report", List.of(new Text("the report"))));
    }

    @Test
    void flattensFormattingNestedPastTheLimit() {
        InlineBuffer buffer = new InlineBuffer();
        for (int i = 0; i < 1000; i++) {
            buffer.open(i % 2 == 0 ? InlineBuffer.Kind.EMPHASIS : InlineBuffer.Kind.TRANSPARENT, null);
        }
        buffer.text("deep");
        for (int i = 0; i < 1000; i++) {
            buffer.close();
        }
        List<Inline> inlines = buffer.take();
        assertThat(Inlines.plainText(inlines)).isEqualTo("deep");
        assertThat(buffer.flattened()).isTrue();
    }

    @Test
    void knowsARunInHeading() {
        InlineBuffer buffer = new InlineBuffer();
        buffer.open(InlineBuffer.Kind.STRONG, null);
        buffer.text("How many hives are there?");
        buffer.close();
        assertThat(buffer.isAllStrong()).isTrue();
        buffer.text(" At the last count, 2,914.");
        assertThat(buffer.isAllStrong()).isFalse();
    }
}

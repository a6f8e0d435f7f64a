package io.tearsheet.html.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlockShapeTest {
    @Test
    void aBlockEndsASentenceOnAnyLanguagesClosingQuote() {
        assertThat(BlockShape.endsSentence('”')).isTrue();
        assertThat(BlockShape.endsSentence('“')).isTrue(); // „So ist es.“
        assertThat(BlockShape.endsSentence('‘')).isTrue(); // ‚So ist es.‘
        assertThat(BlockShape.endsSentence('«')).isTrue(); // »So ist es.«
        assertThat(BlockShape.endsSentence(',')).isFalse();
        assertThat(BlockShape.endsSentence('n')).isFalse();
    }
}

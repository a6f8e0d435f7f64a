package io.tearsheet.html.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesNotesTest {
    @Test
    void readsOrdinalInANumberedSeries() {
        assertThat(SeriesNotes.parse("First in a four-part series on harbour trades."))
                .contains(new SeriesNotes.Note("harbour trades", 1, 4));
    }

    @Test
    void readsOrdinalOfCount() {
        assertThat(SeriesNotes.parse("This is the second of three articles on how grain moves across the plains."))
                .contains(new SeriesNotes.Note("how grain moves across the plains", 2, 3));
    }

    @Test
    void readsPartOf() {
        assertThat(SeriesNotes.parse("Part 2 of 4")).contains(new SeriesNotes.Note(null, 2, 4));
    }

    @Test
    void readsANamedSeries() {
        assertThat(SeriesNotes.parse("This story is part of The Night Shift, a series about work after dark."))
                .contains(new SeriesNotes.Note("The Night Shift", null, null));
    }

    @Test
    void refusesOrdinaryText() {
        assertThat(SeriesNotes.parse("The first part of the bridge opened in 1990.")).isEmpty();
        assertThat(SeriesNotes.parse("Third of four parts")).isPresent();
        assertThat(SeriesNotes.parse("Fifth of four articles on bridges")).isEmpty();
    }
}

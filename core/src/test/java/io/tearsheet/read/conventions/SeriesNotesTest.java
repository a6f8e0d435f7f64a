package io.tearsheet.read.conventions;

import io.tearsheet.read.conventions.SeriesNotes.SeriesNote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesNotesTest {

    private static SeriesNote parse(String text) {
        return SeriesNotes.parse(text).orElse(null);
    }

    @Test
    void readsAnOrdinalInANumberedSeries() {
        assertThat(parse("First in a four-part series on river ferries."))
                .isEqualTo(new SeriesNote("river ferries", 1, 4));
        assertThat(parse("Second in a three-part series on the city’s waterways."))
                .isEqualTo(new SeriesNote("the city’s waterways", 2, 3));
    }

    @Test
    void readsOrdinalOfNumberArticles() {
        assertThat(parse("Second of three articles on farming in the hill country."))
                .isEqualTo(new SeriesNote("farming in the hill country", 2, 3));
        assertThat(parse("This is the third of five reports on the river.")).isEqualTo(new SeriesNote("the river", 3, 5));
        assertThat(parse("This is the second of three articles on how grain moves across the plains."))
                .isEqualTo(new SeriesNote("how grain moves across the plains", 2, 3));
        assertThat(parse("Third of four parts")).isEqualTo(new SeriesNote(null, 3, 4));
    }

    @Test
    void readsPartOfWithOrWithoutATitle() {
        assertThat(parse("Part 2 of 5: Skies over the valley")).isEqualTo(new SeriesNote("Skies over the valley", 2, 5));
        assertThat(parse("Part two of four — The long crossing")).isEqualTo(new SeriesNote("The long crossing", 2, 4));
        assertThat(parse("Part 2 of 4")).isEqualTo(new SeriesNote(null, 2, 4));
    }

    @Test
    void readsTheLastInASeries() {
        assertThat(parse("This is the last in a series on the region's ageing infrastructure."))
                .isEqualTo(new SeriesNote("the region's ageing infrastructure", null, null));
        assertThat(parse("Last in a four-part series on ferries.")).isEqualTo(new SeriesNote("ferries", 4, 4));
    }

    @Test
    void readsANamedSeriesWithoutItsQuotationMarks() {
        assertThat(parse("This story is part of The Night Shift, a series about work after dark."))
                .isEqualTo(new SeriesNote("The Night Shift", null, null));
        assertThat(parse("First in a series called “The Night Shift”.")).isEqualTo(new SeriesNote("The Night Shift", 1, null));
    }

    @Test
    void ignoresSentencesThatMerelyMentionASeries() {
        assertThat(parse("The team lost the first game of the series on Sunday and won the second.")).isNull();
        assertThat(parse("The city will publish its first full-year figures next spring.")).isNull();
        assertThat(parse("The first part of the bridge opened in 1990.")).isNull();
        assertThat(parse("One of the series on television was filmed in the harbour.")).isNull();
    }

    @Test
    void refusesAPositionBeyondTheCount() {
        assertThat(parse("Fifth of four articles on bridges")).isNull();
    }
}

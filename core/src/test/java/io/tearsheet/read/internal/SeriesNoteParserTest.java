package io.tearsheet.read.internal;

import io.tearsheet.model.Series;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesNoteParserTest {

    @Test
    void readsAnOrdinalInANumberedSeries() {
        assertThat(SeriesNoteParser.parse("First in a four-part series on Sino-Soviet relations."))
                .isEqualTo(new Series("Sino-Soviet relations", 1, 4));
        assertThat(SeriesNoteParser.parse("Second in a three-part series on the city’s waterways."))
                .isEqualTo(new Series("the city’s waterways", 2, 3));
    }

    @Test
    void readsOrdinalOfNumberArticles() {
        assertThat(SeriesNoteParser.parse("Second of three articles on farming in the hill country."))
                .isEqualTo(new Series("farming in the hill country", 2, 3));
        assertThat(SeriesNoteParser.parse("This is the third of five reports on the river."))
                .isEqualTo(new Series("the river", 3, 5));
    }

    @Test
    void readsPartOfWithATitle() {
        assertThat(SeriesNoteParser.parse("Part 2 of 5: Skies over the valley")).isEqualTo(new Series("Skies over the valley", 2, 5));
        assertThat(SeriesNoteParser.parse("Part two of four — The long crossing")).isEqualTo(new Series("The long crossing", 2, 4));
    }

    @Test
    void readsTheLastInASeries() {
        assertThat(SeriesNoteParser.parse("This is the last in a series on the region's ageing infrastructure."))
                .isEqualTo(new Series("the region's ageing infrastructure", null, null));
        assertThat(SeriesNoteParser.parse("Last in a four-part series on ferries."))
                .isEqualTo(new Series("ferries", 4, 4));
    }

    @Test
    void ignoresSentencesThatMerelyMentionASeries() {
        assertThat(SeriesNoteParser.parse("The team lost the first game of the series on Sunday and won the second.")).isNull();
        assertThat(SeriesNoteParser.parse("The city will publish its first full-year figures next spring.")).isNull();
    }
}

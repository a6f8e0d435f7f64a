package io.tearsheet.epub.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverImageTest {

    @Test
    void titleBreaksAtSpacesWithinTheColumns() {
        assertThat(CoverImage.lines("Millbrook Bets on the ‘Night Boat’ Again", 18))
                .containsExactly("Millbrook Bets on", "the ‘Night Boat’", "Again");
    }

    @Test
    void wideCharactersCountDoubleAndLongWordsAreCut() {
        assertThat(CoverImage.lines("渡船回到了城市的河上", 8)).containsExactly("渡船回到", "了城市的", "河上");
        assertThat(CoverImage.lines("Donaudampfschifffahrt", 10)).containsExactly("Donaudampf", "schifffahr", "t");
    }

    @Test
    void veryLongTitleStopsAtSixLinesWithAnEllipsis() {
        assertThat(CoverImage.lines("one two three four five six seven eight", 5))
                .containsExactly("one", "two", "three", "four", "five", "six …");
    }
}

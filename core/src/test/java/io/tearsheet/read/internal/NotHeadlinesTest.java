package io.tearsheet.read.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class NotHeadlinesTest {

    private static List<Integer> excluded(String... lines) {
        List<PageUnit> units = IntStream.range(0, lines.length)
                .mapToObj(i -> new PageUnit(i, i, lines[i], Words.count(lines[i]), lines[i].length(), 0, 0))
                .toList();
        NotHeadlines not = NotHeadlines.of(units);
        return IntStream.range(0, lines.length).filter(not::excludes).boxed().toList();
    }

    @Test
    void refusesAddressesMarkupAndLinesOpeningOnASymbol() {
        assertThat(excluded("Ferries Return to the River", "harbour@courier.example",
                "See https://courier.example/ferries", "<iframe src=\"https://courier.example/video\"></iframe>",
                "& Jane Doe, Director of the Harbour Trust", "“We are back,” the Captain Says",
                "{harbour life} – the river year")).containsExactly(1, 2, 3, 4);
    }

    @Test
    void refusesTheItemsOfANumberedListButNotANumberedHeadline() {
        assertThat(excluded("1. The Old Ferry", "2. The New Quay", "15. Harbour Festival Opens")).containsExactly(0, 1);
    }

    @Test
    void refusesACaptionThatEndsOnItsPicturesCredit() {
        assertThat(excluded("Harbour Traffic Falls by a Tenth",
                "The harbourmaster at the north quay on Monday. (Foto: Nordblick)",
                "Ferry workers at the terminal (Photo: Courier)", "The Photo That Changed the Harbour"))
                .containsExactly(1, 2);
    }

    @Test
    void refusesLinesOfNothingButBracketedPicturesAndControls() {
        assertThat(excluded("[svg][image2]", "[harbour-ferry-2026]", "[Select a country * ]",
                "[Video] Ferries Return to the River", "Ferries Return to the River [Photos]"))
                .containsExactly(0, 1, 2);
    }

    @Test
    void refusesALineWithAFormsEmptyField() {
        assertThat(excluded("Search for: [ ] [Search]", "Name: [____________]", "Ferries Return to the River [ ]",
                "Ferries Return to the River [Video]"))
                .containsExactly(0, 1, 2);
    }

    @Test
    void refusesBylinesAndDateLines() {
        assertThat(excluded("By Jane Doe and John Roe", "Von Anna Berg und Jan Roth", "19.11.2021",
                "March 3, 2026", "By the River, a Town Waits for Its Ferries", "Ferries Return on March 3"))
                .containsExactly(0, 1, 2, 3);
    }
}

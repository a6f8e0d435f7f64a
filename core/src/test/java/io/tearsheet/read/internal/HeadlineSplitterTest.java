package io.tearsheet.read.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineSplitterTest {

    @Test
    void splitsHeadlineDeckAndKickerPackedOnOneLine() {
        assertThat(HeadlineSplitter.split("Betting on the ‘Night Boat’. Millbrook is sure the river ferries "
                + "can ease its crowded bridges for good. CITY WATERWAYS"))
                .isEqualTo(new HeadlineSplitter.Parts("Betting on the ‘Night Boat’",
                        "Millbrook is sure the river ferries can ease its crowded bridges for good.",
                        "CITY WATERWAYS"));
    }

    @Test
    void readsAKickerBeforeTheHeadline() {
        assertThat(HeadlineSplitter.split("HEALTH: Nasal Flu Vaccine Shows Promise"))
                .isEqualTo(new HeadlineSplitter.Parts("Nasal Flu Vaccine Shows Promise", null, "HEALTH"));
    }

    @Test
    void keepsAQuestionMarkAndAbbreviations() {
        assertThat(HeadlineSplitter.split("Is the Night Boat Back? The city thinks so.").headline())
                .isEqualTo("Is the Night Boat Back?");
        assertThat(HeadlineSplitter.split("Mr. Lindqvist Meets U.S. Envoy").headline())
                .isEqualTo("Mr. Lindqvist Meets U.S. Envoy");
    }

    @Test
    void leavesAHeadlineInCapitalsWhole() {
        assertThat(HeadlineSplitter.split("SCHOOLS TRY A SLOWER LUNCH"))
                .isEqualTo(new HeadlineSplitter.Parts("SCHOOLS TRY A SLOWER LUNCH", null, null));
    }
}

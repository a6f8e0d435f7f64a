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
    void doesNotEndTheHeadlineOnInitialsOrATime() {
        assertThat(HeadlineSplitter.split("J.R. Halvorsen Cleared To Sail").headline())
                .isEqualTo("J.R. Halvorsen Cleared To Sail");
        assertThat(HeadlineSplitter.split("Ferry Talks Resume Tuesday at 10 a.m. Eastern").deck()).isNull();
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

    @Test
    void takesADeckOnlyWhenTheLineEndsAsASentence() {
        assertThat(HeadlineSplitter.split("Ferries Return to the Harbour on the 10. Day of the Strike"))
                .isEqualTo(new HeadlineSplitter.Parts("Ferries Return to the Harbour on the 10. Day of the Strike",
                        null, null));
        assertThat(HeadlineSplitter.split("The Season Starts! Where to Find the Best Ferry Rides Near You").deck())
                .isNull();
    }

    @Test
    void doesNotSplitInsideParentheses() {
        assertThat(HeadlineSplitter.split("We Are Off (and This Title Goes Too! Or Not?)"))
                .isEqualTo(new HeadlineSplitter.Parts("We Are Off (and This Title Goes Too! Or Not?)", null, null));
    }

    @Test
    void keepsTheFullStopOfATitleThatIsOneSentence() {
        assertThat(HeadlineSplitter.split("Colder Nights Forecast for the Harbour after Frost Alert Tues.").headline())
                .isEqualTo("Colder Nights Forecast for the Harbour after Frost Alert Tues.");
        assertThat(HeadlineSplitter.split("We went to the ferry fair this weekend.").headline())
                .isEqualTo("We went to the ferry fair this weekend.");
    }

    @Test
    void keepsATitleOfTwoSentencesInTitleCaseWhole() {
        assertThat(HeadlineSplitter.split("The Ferry Is the Problem. Is a Bridge the Answer?"))
                .isEqualTo(new HeadlineSplitter.Parts("The Ferry Is the Problem. Is a Bridge the Answer?", null, null));
        assertThat(HeadlineSplitter.split("The Ferry Is the Problem. Islanders say a bridge would cost too much.")
                .deck()).isEqualTo("Islanders say a bridge would cost too much.");
    }
}

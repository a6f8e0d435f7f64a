package io.tearsheet.read.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatelineSplitterTest {

    @Test
    void splitsAPlaceInCapitalsBeforeADash() {
        assertThat(DatelineSplitter.split("BEIJING — Workers are building new apartment blocks."))
                .isEqualTo(new DatelineSplitter.Split("BEIJING", "Workers are building new apartment blocks."));
        assertThat(DatelineSplitter.split("BRANDT CITY – More than two hundred workers walked out."))
                .isEqualTo(new DatelineSplitter.Split("BRANDT CITY", "More than two hundred workers walked out."));
    }

    @Test
    void keepsAnAgencyInBracketsAndAHyphenDash() {
        assertThat(DatelineSplitter.split("LONDON (Reuters) - Copper producer Halvard said on Thursday …").dateline())
                .isEqualTo("LONDON (Reuters)");
        assertThat(DatelineSplitter.split("HARLOW BAY (AP) -- Dockworkers voted to strike.").dateline())
                .isEqualTo("HARLOW BAY (AP)");
    }

    @Test
    void keepsAStateOrDateAfterAComma() {
        assertThat(DatelineSplitter.split("WASHINGTON, March 3 — At Garfield Elementary, lunch used to last …"))
                .isEqualTo(new DatelineSplitter.Split("WASHINGTON, March 3", "At Garfield Elementary, lunch used to last …"));
        assertThat(DatelineSplitter.split("RIVERTON, Ore. (AP) — Residents were told to prepare.").dateline())
                .isEqualTo("RIVERTON, Ore. (AP)");
    }

    @Test
    void leavesAParagraphThatOnlyOpensWithCapitals() {
        assertThat(DatelineSplitter.split("BEHIND the walls of the gigantic Soviet Embassy compound …")).isNull();
        assertThat(DatelineSplitter.split("AT the top of Hobb's Lane the orchard looks …")).isNull();
        assertThat(DatelineSplitter.split("U.S. officials said the talks would resume.")).isNull();
        assertThat(DatelineSplitter.split("The cold arrived on the night of April 28.")).isNull();
    }
}

package io.tearsheet.read.conventions;

import io.tearsheet.read.conventions.Datelines.Dateline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatelinesTest {

    private static Dateline find(String paragraph) {
        return Datelines.find(paragraph).orElse(null);
    }

    @Test
    void findsAPlaceInCapitalsBeforeADash() {
        assertThat(find("BEIJING — Workers are building new apartment blocks."))
                .isEqualTo(new Dateline("BEIJING", "BEIJING", 10));
        assertThat(find("BRANDT CITY – More than two hundred workers walked out.").rest(
                "BRANDT CITY – More than two hundred workers walked out.")).isEqualTo("More than two hundred workers walked out.");
        assertThat(find("NEW YORK (AP) — Stocks rose.")).extracting(Dateline::place).isEqualTo("NEW YORK");
    }

    @Test
    void keepsAnAgencyInBracketsAndAHyphenDashInTheDatelineButNotInThePlace() {
        assertThat(find("LONDON (Reuters) - Copper producer Halvard said on Thursday …"))
                .extracting(Dateline::text, Dateline::place).containsExactly("LONDON (Reuters)", "LONDON");
        assertThat(find("HARLOW BAY (AP) -- Dockworkers voted to strike.").text()).isEqualTo("HARLOW BAY (AP)");
    }

    @Test
    void keepsAStateOrCountryInThePlaceAndADateInTheDatelineOnly() {
        assertThat(find("WASHINGTON, March 3 — At Garfield Elementary, lunch used to last …"))
                .extracting(Dateline::text, Dateline::place).containsExactly("WASHINGTON, March 3", "WASHINGTON");
        assertThat(find("RIVERTON, Ore. (AP) — Residents were told to prepare."))
                .extracting(Dateline::text, Dateline::place).containsExactly("RIVERTON, Ore. (AP)", "RIVERTON, Ore.");
        assertThat(find("KYIV, Ukraine — Sirens sounded.")).extracting(Dateline::place).isEqualTo("KYIV, Ukraine");
        assertThat(find("LONDON, March 3 (Reuters) - Shares fell."))
                .extracting(Dateline::text, Dateline::place).containsExactly("LONDON, March 3 (Reuters)", "LONDON");
        assertThat(find("PELLWORTH, Nov. 9 -- Residents voted.")).extracting(Dateline::text).isEqualTo("PELLWORTH, Nov. 9");
    }

    @Test
    void takesAHyphenAfterThePlaceForTheDashWhenASpaceFollowsIt() {
        assertThat(find("KYIV- Sirens sounded.")).extracting(Dateline::place, Dateline::length).containsExactly("KYIV", 6);
        assertThat(find("RIVERTON, Ore.- Residents left.")).extracting(Dateline::place).isEqualTo("RIVERTON, Ore.");
        assertThat(find("HARLOW BAY (AP) --Dockworkers voted.")).isNull();
    }

    @Test
    void measuresTheDatelineWithItsDashAndSpaces() {
        String paragraph = "SALTMARSH — Work to dredge the harbour will begin.";
        Dateline dateline = find(paragraph);
        assertThat(paragraph.substring(dateline.length())).isEqualTo("Work to dredge the harbour will begin.");
    }

    @Test
    void leavesAParagraphThatOnlyOpensWithCapitals() {
        assertThat(find("ACROSS the river from the old ferry sheds, workers are …")).isNull();
        assertThat(find("AT the top of Hobb's Lane the orchard looks …")).isNull();
        assertThat(find("U.S. officials said the talks would resume.")).isNull();
        assertThat(find("The cold arrived on the night of April 28.")).isNull();
        assertThat(find("I — and many others — disagree.")).isNull();
        assertThat(find("NORTH-WEST-facing slopes froze first.")).isNull();
    }
}

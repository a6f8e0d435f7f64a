package io.tearsheet.html.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlinesTest {
    private static final List<String> SITE = List.of("The Harbour Times");

    @Test
    void stripsTheSiteName() {
        assertThat(Headlines.stripSiteName("Tide clocks return | The Harbour Times", SITE)).isEqualTo("Tide clocks return");
        assertThat(Headlines.stripSiteName("The Harbour Times - Tide clocks return", SITE)).isEqualTo("Tide clocks return");
        assertThat(Headlines.stripSiteName("Tide clocks return to the quay | Waterfront | The Harbour Times", SITE))
                .isEqualTo("Tide clocks return to the quay");
    }

    @Test
    void keepsSeparatorsThatArePartOfTheHeadline() {
        assertThat(Headlines.stripSiteName("Storm live: ferries cancelled", SITE)).isEqualTo("Storm live: ferries cancelled");
    }

    @Test
    void prefersTheVisibleHeadlineOverATruncatedOrBrandedDeclaredOne() {
        assertThat(Headlines.choose("Council approves budget that closes two…",
                "Council approves budget that closes two pools and funds night buses", null, SITE))
                .isEqualTo("Council approves budget that closes two pools and funds night buses");
        assertThat(Headlines.choose("Tide clocks return to the quay after fifty years — THT Online",
                "Tide clocks return to the quay after fifty years", null, SITE))
                .isEqualTo("Tide clocks return to the quay after fifty years");
        assertThat(Headlines.choose("Hospitals cancel operations as heatwave peaks",
                "Heatwave: Hospitals cancel routine operations", null, SITE))
                .isEqualTo("Heatwave: Hospitals cancel routine operations");
    }

    @Test
    void keepsTheDeclaredHeadlineAsTheAlternativeWhenThePrintedOneDiffers() {
        assertThat(Headlines.alternative("Heatwave: Hospitals cancel routine operations",
                "Hospitals cancel operations as heatwave peaks", null, SITE))
                .isEqualTo("Hospitals cancel operations as heatwave peaks");
        assertThat(Headlines.alternative("Tide clocks return", null, "Tide clocks return | The Harbour Times", SITE))
                .isNull();
    }

    @Test
    void aHeadingThatOnlyNamesTheSiteIsNoHeadline() {
        assertThat(Headlines.choose(null, null, "Dimido Blog", "What viral marketing is | Dimido Blog", List.of()))
                .isEqualTo("What viral marketing is");
        assertThat(Headlines.choose(null, "Tide clocks return to the quay", "The Harbour Times", null, SITE))
                .isEqualTo("Tide clocks return to the quay");
    }

    @Test
    void aKickerOrDateRunIntoTheHeadingLeavesTheDeclaredHeadline() {
        assertThat(Headlines.choose("Tide clocks return to the quay", null,
                "Harbour history Tide clocks return to the quay", null, SITE)).isEqualTo("Tide clocks return to the quay");
        assertThat(Headlines.choose("Tide clocks return to the quay", null,
                "27.01.2022Tide clocks return to the quay", null, SITE)).isEqualTo("Tide clocks return to the quay");
        assertThat(Headlines.choose("Tide clocks return to the quay", null,
                "Harbour: Tide clocks return to the quay", null, SITE)).isEqualTo("Harbour: Tide clocks return to the quay");
    }

    @Test
    void aDeclaredSectionNameLosesToTheHeadingTheTitleRepeats() {
        assertThat(Headlines.choose(null, "Press releases", "Tide clocks return to the quay",
                "Tide clocks return to the quay", List.of())).isEqualTo("Tide clocks return to the quay");
    }

    @Test
    void distrustsAJsonLdHeadlineThatNothingElseOnThePageSays() {
        assertThat(Headlines.choose("constitutional monarchy in Oceania", "New Zealand - Wikipedia", "New Zealand",
                "New Zealand - Wikipedia", List.of("Wikipedia"))).isEqualTo("New Zealand");
        assertThat(Headlines.choose("Hospitals cancel operations as heatwave peaks",
                "Heatwave: Hospitals cancel routine operations", "Heatwave: Hospitals cancel routine operations", null,
                SITE)).isEqualTo("Heatwave: Hospitals cancel routine operations");
    }

    @Test
    void fallsBackToTheTitle() {
        assertThat(Headlines.choose(null, null, "Tide clocks return | The Harbour Times", SITE))
                .isEqualTo("Tide clocks return");
    }
}

package io.tearsheet.read.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiteNamesTest {

    @Test
    void stripsEveryNameThePagePrintsApartFromTheTitle() {
        assertThat(SiteNames.strip("Ferries Return to the River - Harbour | The Millbrook Courier",
                (name, title) -> true)).isEqualTo("Ferries Return to the River");
    }

    @Test
    void keepsAPartThePageOnlyPrintsWithTheTitle() {
        assertThat(SiteNames.strip("Ferries Return - After Ten Years, the Boats Are Back", (name, title) -> false))
                .isEqualTo("Ferries Return - After Ten Years, the Boats Are Back");
    }

    @Test
    void keepsTheRestOfASentenceAndATitleOfOneWord() {
        assertThat(SiteNames.strip("Ferries return - but not for long", (name, title) -> true))
                .isEqualTo("Ferries return - but not for long");
        assertThat(SiteNames.strip("Ferries | The Millbrook Courier", (name, title) -> true))
                .isEqualTo("Ferries | The Millbrook Courier");
    }
}

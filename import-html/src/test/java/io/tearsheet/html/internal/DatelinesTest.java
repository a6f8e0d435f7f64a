package io.tearsheet.html.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatelinesTest {
    @Test
    void findsWireDatelines() {
        assertThat(Datelines.find("BEIJING — The talks resumed.")).map(Datelines.Match::place).contains("BEIJING");
        assertThat(Datelines.find("NEW YORK (AP) — Stocks rose.")).map(Datelines.Match::place).contains("NEW YORK");
        assertThat(Datelines.find("KYIV, Ukraine — Sirens sounded.")).map(Datelines.Match::place).contains("KYIV, Ukraine");
        assertThat(Datelines.find("LONDON, March 3 (Reuters) - Shares fell."))
                .map(Datelines.Match::place).contains("LONDON");
    }

    @Test
    void measuresTheDatelineWithItsDash() {
        String paragraph = "SALTMARSH — Work to dredge the harbour will begin.";
        int length = Datelines.find(paragraph).orElseThrow().length();
        assertThat(paragraph.substring(length)).isEqualTo("Work to dredge the harbour will begin.");
    }

    @Test
    void ignoresCapitalisedOpeningsWithoutDash() {
        assertThat(Datelines.find("BEHIND the sea wall, the fishermen waited.")).isEmpty();
        assertThat(Datelines.find("I — and many others — disagree.")).isEmpty();
    }
}

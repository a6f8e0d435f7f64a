package io.tearsheet.read.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgenciesTest {

    @Test
    void anAgencysNameIsGivenInItsOwnSpelling() {
        assertThat(Agencies.named("Pti")).contains("PTI");
        assertThat(Agencies.named("THE ASSOCIATED  PRESS")).contains("The Associated Press");
        assertThat(Agencies.named("DPA")).contains("dpa");
        assertThat(Agencies.named(" Agencia EFE ")).contains("Agencia EFE");
    }

    @Test
    void aPersonOrACreditThatOnlyMentionsAnAgencyIsNoAgency() {
        assertThat(Agencies.named("Jane Doe")).isEmpty();
        assertThat(Agencies.named("Jane Doe, Reuters")).isEmpty();
        assertThat(Agencies.named("Reuters staff in London")).isEmpty();
        assertThat(Agencies.named(null)).isEmpty();
    }
}

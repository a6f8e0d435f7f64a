package io.tearsheet.html.internal;

import io.tearsheet.model.Byline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BylinesTest {
    @Test
    void readsNamesAndASharedRole() {
        assertThat(Bylines.parse("By JANE DOE and John Roe, Staff writers")).containsExactly(
                new Byline("Jane Doe", "Staff writers"), new Byline("John Roe", "Staff writers"));
    }

    @Test
    void readsAnAgencyAfterABar() {
        assertThat(Bylines.parse("John Roe | Reuters")).containsExactly(new Byline("John Roe", "Reuters"));
    }

    @Test
    void readsAListOfNames() {
        assertThat(Bylines.parse("Jane Doe, Ann Poe and Lee Chu")).extracting(Byline::name)
                .containsExactly("Jane Doe", "Ann Poe", "Lee Chu");
    }

    @Test
    void splitsANameInCapitalsFromTheAgencyAfterIt() {
        assertThat(Bylines.parse("By ISABEL QUISPE Associated Press"))
                .containsExactly(new Byline("Isabel Quispe", "Associated Press"));
    }

    @Test
    void leavesOutDatesAndPlaces() {
        assertThat(Bylines.parse("By Morag Sinclair Thursday, March 14, 2024")).isNotEmpty()
                .allSatisfy(byline -> assertThat(byline.role()).isNull());
        assertThat(Bylines.parse("By Jane Doe in Nairobi")).containsExactly(Byline.of("Jane Doe"));
    }

    @Test
    void readsNameAndDateLines() {
        assertThat(Bylines.parseNamesAndDate("Eilidh MacRae · 9 January 2024")).containsExactly(Byline.of("Eilidh MacRae"));
        assertThat(Bylines.parseNamesAndDate("Print | Email | Share")).isEmpty();
        assertThat(Bylines.parseNamesAndDate("The council met on 9 January 2024")).isEmpty();
    }

    @Test
    void refusesWhatIsNoName() {
        assertThat(Bylines.parse("https://example.org/staff/jane")).isEmpty();
        assertThat(Bylines.parse("jane@example.org")).isEmpty();
        assertThat(Bylines.looksLikeName("Staff Writer")).isFalse();
        assertThat(Bylines.looksLikeName("Ludwig van Beethoven")).isTrue();
    }
}

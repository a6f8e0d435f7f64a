package io.tearsheet.read.internal;

import io.tearsheet.model.Byline;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BylineParserTest {

    @Test
    void readsByAndAName() {
        assertThat(BylineParser.parse("By Jane Doe")).containsExactly(Byline.of("Jane Doe"));
    }

    @Test
    void titleCasesANameInCapitalsAndKeepsTheRole() {
        assertThat(BylineParser.parse("By JANE DOE, Staff writer")).containsExactly(new Byline("Jane Doe", "Staff writer"));
        assertThat(BylineParser.parse("BY SAMIR HADDOUCHE")).containsExactly(Byline.of("Samir Haddouche"));
        assertThat(BylineParser.parse("By FIONA MCALLISTER")).containsExactly(Byline.of("Fiona McAllister"));
    }

    @Test
    void givesEveryNameBeforeAPipeTheRoleAfterIt() {
        assertThat(BylineParser.parse("Jane Doe and John Roe | Reuters"))
                .containsExactly(new Byline("Jane Doe", "Reuters"), new Byline("John Roe", "Reuters"));
        assertThat(BylineParser.parse("Lena Fischer / Staff Reporter")).containsExactly(new Byline("Lena Fischer", "Staff Reporter"));
    }

    @Test
    void splitsAnAgencyStyleCapitalisedNameFromTheAgency() {
        assertThat(BylineParser.parse("By DANIEL KOVAC Associated Press"))
                .containsExactly(new Byline("Daniel Kovac", "Associated Press"));
        assertThat(BylineParser.parse("By NINA OYELARAN and PAUL STRAND Associated Press"))
                .containsExactly(new Byline("Nina Oyelaran", "Associated Press"), new Byline("Paul Strand", "Associated Press"));
    }

    @Test
    void readsSeveralNamesAndACapitalisedRole() {
        assertThat(BylineParser.parse("By Ana Lucia Ferreira and Marcus Bell"))
                .containsExactly(Byline.of("Ana Lucia Ferreira"), Byline.of("Marcus Bell"));
        assertThat(BylineParser.parse("By Harriet Vance, Arts Correspondent"))
                .containsExactly(new Byline("Harriet Vance", "Arts Correspondent"));
    }

    @Test
    void dropsThePlaceAfterTheName() {
        assertThat(BylineParser.parse("By Jane Doe in London")).containsExactly(Byline.of("Jane Doe"));
    }

    @Test
    void refusesLinesThatAreNotBylines() {
        assertThat(BylineParser.parse("The change is meant to bring in people who work during the day.")).isNull();
        assertThat(BylineParser.parse("Repairs could close the crossing for most of next year.")).isNull();
        assertThat(BylineParser.parse("By the time the ferry arrived, the quay was empty")).isNull();
        assertThat(BylineParser.parse("COASTAL AFFAIRS")).isNull();
    }
}

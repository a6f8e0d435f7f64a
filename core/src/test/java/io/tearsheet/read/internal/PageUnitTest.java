package io.tearsheet.read.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageUnitTest {
    private static PageUnit unit(String text) {
        return new PageUnit(0, 0, text, text.split(" ").length, text.length(), 0, 0);
    }

    @Test
    void endsASentenceInsideClosingQuotesOfAnyLanguage() {
        assertThat(unit("The ferry will run again, the harbour master said.”").endsSentence()).isTrue();
        assertThat(unit("Die Fähre fährt wieder, sagte der Hafenmeister: „Wir sind bereit.“").endsSentence()).isTrue();
        assertThat(unit("Le bac repart, a dit le capitaine : « Nous sommes prêts. »").endsSentence()).isTrue();
        assertThat(unit("Der Hafenmeister sagte: »Wir sind bereit.«").endsSentence()).isTrue();
        assertThat(unit("„Wir sind bereit“").endsSentence()).isFalse();
    }

    @Test
    void endsASentenceBeforeAnAgencysCreditInBrackets() {
        assertThat(unit("Die Fähren fahren ab Montag wieder. (dpa)").endsSentence()).isTrue();
        assertThat(unit("The ferries return on Monday. (AP)").endsSentence()).isTrue();
        assertThat(unit("Ferries return (AP)").endsSentence()).isFalse();
        assertThat(unit("The ferries return on Monday (see the timetable below for every crossing)").endsSentence())
                .isFalse();
    }
}

package io.tearsheet.html.internal;

import io.tearsheet.read.conventions.RemovalReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SectionCuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Related stories | RELATED",
            "Mehr zum Thema | RELATED",
            "Ähnliche Beiträge | RELATED",
            "À lire aussi : | RELATED",
            "También te puede interesar | RELATED",
            "Czytaj także | RELATED",
            "12 Kommentare | COMMENTS",
            "Schreibe einen Kommentar | COMMENTS",
            "Deja un comentario | COMMENTS",
            "Lascia un commento | COMMENTS",
            "Artikel teilen | SHARE",
            "Schlagwörter | TAGS",
            "Über den Autor | BIO",
            "O autorze | BIO"})
    void headingsInSeveralLanguagesAnnounceTheirSection(String heading, RemovalReason reason) {
        assertThat(SectionCues.of(heading)).isEqualTo(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Weitere Informationen", "Kontakt", "Hintergrund", "Les faits", "Antecedentes",
            "Comment the council voted", "Kommentar", "Komentarz"})
    void headingsThatMayOpenPartOfTheArticleAnnounceNothing(String heading) {
        assertThat(SectionCues.of(heading)).isNull();
    }
}

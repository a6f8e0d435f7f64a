package io.tearsheet.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrafilaturaLayoutTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void authorsJoinedBySemicolonsBecomeAListAndAnEmptyAuthorMarksNone() throws Exception {
        JsonNode two = json.readTree("{\"title\":\"Harbour plan\",\"author\":\"Ada Lane; Ben Moss\",\"date\":\"2020-01-05\"}");
        JsonNode none = json.readTree("{\"title\":\" \",\"author\":\"\",\"date\":null}");

        assertThat(TrafilaturaLayout.meta("https://example.org/a", two))
                .containsEntry("headline", "Harbour plan")
                .containsEntry("authors", java.util.List.of("Ada Lane", "Ben Moss"))
                .containsEntry("date", "2020-01-05");
        assertThat(TrafilaturaLayout.meta("https://example.org/b", none))
                .containsOnlyKeys("url");
    }

    @Test
    void snippetsKeepBothSidesInOrder() throws Exception {
        JsonNode annotation = json.readTree("{\"with\":[\"first\",\"last\"],\"without\":[\"Imprint\"]}");

        assertThat(TrafilaturaLayout.snippets(annotation))
                .containsEntry("with", java.util.List.of("first", "last"))
                .containsEntry("without", java.util.List.of("Imprint"));
    }
}

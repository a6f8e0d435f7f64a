package io.tearsheet.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLdExporterTest {
    private final JsonNode ld = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(new JsonLdExporter().toBytes(TestArticles.everything()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void describesANewsArticle() {
        assertThat(ld.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.get("headline").asText()).isEqualTo("Millbrook Bets on the ‘Night Boat’ Again");
        assertThat(ld.get("alternativeHeadline").asText()).startsWith("After four decades ashore");
        assertThat(ld.get("articleSection").asText()).isEqualTo("CITY WATERWAYS");
        assertThat(ld.get("author").get(0).get("name").asText()).isEqualTo("Clara Mendes");
        assertThat(ld.get("datePublished").asText()).isEqualTo("2025-03-04T05:30:00+01:00");
        assertThat(ld.get("inLanguage").asText()).isEqualTo("en-GB");
    }

    @Test
    void placesTheArticleInItsSeries() {
        assertThat(ld.get("isPartOf").get("@type").asText()).isEqualTo("CreativeWorkSeries");
        assertThat(ld.get("isPartOf").get("name").asText()).isEqualTo("the city’s waterways");
        assertThat(ld.get("position").asInt()).isEqualTo(2);
    }

    @Test
    void listsQuotationsWithTheirSpeakers() {
        JsonNode quotes = ld.get("hasPart");

        assertThat(quotes).hasSize(4);
        assertThat(quotes.get(0).get("@type").asText()).isEqualTo("Quotation");
        assertThat(quotes.get(0).get("spokenByCharacter").get("@type").asText()).isEqualTo("Person");
        assertThat(quotes.get(0).get("spokenByCharacter").get("name").asText()).isEqualTo("Harriet Okafor");
        assertThat(quotes.get(0).get("spokenByCharacter").get("alternateName").get(0).asText()).isEqualTo("Ms. Okafor");
        assertThat(quotes.get(1).get("spokenByCharacter").get("@type").asText()).isEqualTo("Organization");
        assertThat(quotes.get(1).get("text").asText()).isEqualTo("fallen in love with a ‘postcard’");
    }

    @Test
    void carriesTheBodyText() {
        assertThat(ld.get("articleBody").asText()).contains("Ridership averaged just over 3,000 trips a day")
                .doesNotContain("Five landings");
        assertThat(ld.get("wordCount").asInt()).isGreaterThan(50);
    }

    @Test
    void isDeterministic() {
        assertThat(new JsonLdExporter().toBytes(TestArticles.everything()))
                .isEqualTo(new JsonLdExporter().toBytes(TestArticles.everything()));
    }
}

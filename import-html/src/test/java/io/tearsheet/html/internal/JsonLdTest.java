package io.tearsheet.html.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLdTest {
    @Test
    void readsLenientJson() {
        Object value = JsonLdParser.parse("<!-- {\"a\": \"line\nbreak\", \"b\": [1, 2,], } -->");
        assertThat(value).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) value).get("a")).isEqualTo("line\nbreak");
    }

    @Test
    void returnsNullForWhatIsNotJson() {
        assertThat(JsonLdParser.parse("window.data = {")).isNull();
        assertThat(JsonLdParser.parse("   ")).isNull();
    }

    @Test
    void dropsValuesNestedTooDeep() {
        String deep = "{\"a\":".repeat(200) + "1" + "}".repeat(200);
        assertThat(JsonLdParser.parse(deep)).isInstanceOf(Map.class);
    }

    @Test
    void findsTheArticleInAGraphAndFollowsReferences() {
        Object graph = JsonLdParser.parse("""
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebPage", "@id": "https://x.example/a", "name": "Page"},
                  {"@type": "NewsArticle", "headline": "Tide clocks return", "author": {"@id": "#p1"},
                   "publisher": {"@id": "#org"}, "datePublished": "2024-03-11",
                   "isPartOf": {"@type": "CreativeWorkSeries", "name": "Waterfront Trades", "numberOfItems": 4},
                   "position": 2, "isAccessibleForFree": "False"},
                  {"@type": "Person", "@id": "#p1", "name": "Harriet Okafor"},
                  {"@type": "Organization", "@id": "#org", "name": "The Courier"}]}
                """);
        JsonLdArticle article = JsonLdArticle.find(List.of(graph), null).orElseThrow();
        assertThat(article.headline()).isEqualTo("Tide clocks return");
        assertThat(article.authors()).containsExactly("Harriet Okafor");
        assertThat(article.publisher()).isEqualTo("The Courier");
        assertThat(article.series()).contains(new JsonLdArticle.Part("Waterfront Trades", 2, 4));
        assertThat(article.paywalled()).isTrue();
    }

    @Test
    void prefersTheArticleWithABody() {
        Object first = JsonLdParser.parse("{\"@type\": \"Article\", \"headline\": \"Related\"}");
        Object second = JsonLdParser.parse("{\"@type\": [\"NewsArticle\"], \"headline\": \"Main\", \"articleBody\": \"Text\"}");
        assertThat(JsonLdArticle.find(List.of(first, second), null)).map(JsonLdArticle::headline).contains("Main");
    }

    @Test
    void characterReferencesWrittenIntoJsonLdAreDecoded() {
        Object root = JsonLdParser.parse(
                "{\"@type\": \"NewsArticle\", \"headline\": \"Quays &#038; Docks &#8211; a &quot;new&quot; plan\"}");
        assertThat(JsonLdArticle.find(List.of(root), null)).map(JsonLdArticle::headline)
                .contains("Quays & Docks \u2013 a \"new\" plan");
    }
}

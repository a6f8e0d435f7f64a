package io.tearsheet.json;

import io.tearsheet.model.Article;
import io.tearsheet.testing.ArticleArbitraries;
import io.tearsheet.testing.TestArticles;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonRoundTripTest {
    private final JsonExporter exporter = new JsonExporter();
    private final JsonArticleReader reader = JsonArticleReader.create();

    @Test
    void readsBackTheEverythingArticleUnchanged() {
        Article article = TestArticles.everything();

        assertThat(reader.read(exporter.toBytes(article))).isEqualTo(article);
    }

    @Test
    void readsBackTheEmbeddedSampleUnchangedAndItValidates() {
        Article sample = io.tearsheet.Tearsheet.sample();
        byte[] json = exporter.toBytes(sample);

        assertThat(reader.read(json)).isEqualTo(sample);
        assertThat(SchemaValidation.errors(json)).isEmpty();
    }

    @Test
    void readsBackTheCorpusArticlesUnchanged() throws java.io.IOException {
        for (java.nio.file.Path file : io.tearsheet.testing.SharedCorpus.articles()) {
            Article article = io.tearsheet.Tearsheet.read(file);
            byte[] json = exporter.toBytes(article);
            assertThat(reader.read(json)).as(file.toString()).isEqualTo(article);
            assertThat(SchemaValidation.errors(json)).as(file.toString()).isEmpty();
        }
    }

    @Property(tries = 1000)
    void readingWhatWasWrittenGivesTheSameArticle(@ForAll("articles") Article article) {
        byte[] json = exporter.toBytes(article);

        assertThat(reader.read(json)).isEqualTo(article);
    }

    @Property(tries = 1000)
    void everyWrittenArticleValidatesAgainstTheSchema(@ForAll("articles") Article article) {
        assertThat(SchemaValidation.errors(exporter.toBytes(article))).isEmpty();
    }

    @Property(tries = 200)
    void writingIsDeterministic(@ForAll("articles") Article article) {
        assertThat(exporter.toBytes(article)).isEqualTo(exporter.toBytes(reader.read(exporter.toBytes(article))));
    }

    @Provide
    Arbitrary<Article> articles() {
        return ArticleArbitraries.articles();
    }
}

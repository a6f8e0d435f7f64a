package io.tearsheet.spark.internal;

import io.tearsheet.MediaTypes;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.Format;
import io.tearsheet.io.AtomicFiles;
import io.tearsheet.json.JsonExporter;
import io.tearsheet.model.Article;
import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleConverterTest {
    private static final ArticleExporter BROKEN = new ArticleExporter() {
        @Override
        public Format format() {
            return new Format("broken", "broken", "application/x-broken");
        }

        @Override
        public ExportReport export(Article article, OutputStream out) throws IOException {
            out.write("half".getBytes(StandardCharsets.US_ASCII));
            throw new IllegalStateException("cannot draw this");
        }
    };

    @TempDir
    Path root;

    @Test
    void anExporterThatFailsFailsTheArticleButNotTheOtherFormats() throws IOException {
        ArticleConverter converter = converter(List.of(new JsonExporter(), BROKEN), false);

        ConvertedArticle converted = converter.convert(input("everything", TestArticles.everything()));

        assertThat(converted.status()).isEqualTo(ArticleStatus.FAILED);
        assertThat(converted.error()).isEqualTo("broken: IllegalStateException: cannot draw this");
        assertThat(converted.outputs()).containsOnlyKeys("json");
        assertThat(AtomicFiles.isComplete(root.resolve(converted.outputs().get("json").path()))).isTrue();
        assertThat(Files.exists(root.resolve("broken"))).as("nothing half-written").isFalse();
        assertThat(converted.article()).as("still catalogued").isNotNull();
    }

    @Test
    void aBagIsWrittenWholeOrNotAtAll() throws IOException {
        ConvertedArticle converted = converter(List.of(new JsonExporter(), BROKEN), true)
                .convert(input("everything", TestArticles.everything()));

        assertThat(converted.status()).isEqualTo(ArticleStatus.FAILED);
        assertThat(converted.outputs()).isEmpty();
        assertThat(Files.exists(root.resolve("bag"))).isFalse();
    }

    @Test
    void theMediaTypeIsDetectedWhenTheRowHasNone() throws IOException {
        ConvertedArticle converted = converter(List.of(new JsonExporter()), false)
                .convert(new InputArticle("m", "https://news.example/m", null, json(TestArticles.minimal())));

        assertThat(converted.mediaType()).isEqualTo(MediaTypes.JSON);
        assertThat(converted.status()).isEqualTo(ArticleStatus.CONVERTED);
    }

    @Test
    void completeOutputsAreSkippedAndMissingOnesWritten() throws IOException {
        ArticleConverter converter = converter(List.of(new JsonExporter()), false);
        InputArticle input = input("minimal", TestArticles.minimal());
        Path json = root.resolve(converter.convert(input).outputs().get("json").path());

        assertThat(converter.convert(input).status()).isEqualTo(ArticleStatus.SKIPPED);
        Files.delete(json);
        ConvertedArticle again = converter.convert(input);
        assertThat(again.status()).isEqualTo(ArticleStatus.CONVERTED);
        assertThat(again.outputs().get("json").written()).isTrue();
    }

    @Test
    void withNoFormatsTheArticleIsOnlyIndexed() throws IOException {
        ConvertedArticle converted = converter(List.of(), false).convert(input("minimal", TestArticles.minimal()));

        assertThat(converted.status()).isEqualTo(ArticleStatus.CONVERTED);
        assertThat(converted.outputs()).isEmpty();
        assertThat(converted.article().metadata().headline()).isNotBlank();
    }

    private ArticleConverter converter(List<ArticleExporter> exporters, boolean bags) {
        return new ArticleConverter(new OutputLayout(1), new LocalOutputStore(root), exporters, bags, true);
    }

    private static InputArticle input(String id, Article article) throws IOException {
        return new InputArticle(id, null, MediaTypes.JSON, json(article));
    }

    private static byte[] json(Article article) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().export(article, out);
        return out.toByteArray();
    }
}

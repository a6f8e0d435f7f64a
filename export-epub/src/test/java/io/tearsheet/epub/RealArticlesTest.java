package io.tearsheet.epub;

import io.documentnode.epub4j.epub.EpubReader;
import io.tearsheet.MediaTypes;
import io.tearsheet.Tearsheet;
import io.tearsheet.export.Book;
import io.tearsheet.model.Article;
import io.tearsheet.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Articles as the plain-text reader makes them: the embedded sample and the shared corpus (read in place, skipped
 * when absent). Skipped while no plain-text reader is on the class path.
 */
class RealArticlesTest {

    @Test
    void embeddedSampleIsValid() throws IOException {
        assumeReader();
        byte[] epub = new EpubExporter().toBytes(Tearsheet.sample());

        assertThat(EpubValidator.messages(epub)).isEmpty();
        assertThat(new EpubReader().readEpub(new ByteArrayInputStream(epub)).getTitle())
                .isEqualTo(Tearsheet.sample().metadata().headline());
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void corpusArticleIsValid(Path file) throws IOException {
        assumeReader();
        byte[] epub = new EpubExporter().toBytes(Tearsheet.read(file));

        assertThat(EpubValidator.messages(epub)).as(file.getFileName().toString()).isEmpty();
    }

    @Test
    void bookOfTheSampleAndTheCorpusIsValid() throws IOException {
        assumeReader();
        List<Article> articles = new ArrayList<>();
        articles.add(Tearsheet.sample());
        for (Path file : SharedCorpus.articles()) {
            articles.add(Tearsheet.read(file));
        }
        byte[] epub = Epubs.bytes(new EpubBookExporter(), Book.builder().title("Corpus").articles(articles).build());

        assertThat(EpubValidator.messages(epub)).isEmpty();
        assertThat(new EpubReader().readEpub(new ByteArrayInputStream(epub)).getTitle()).isEqualTo("Corpus");
    }

    static Stream<Path> corpus() {
        return SharedCorpus.articles().stream();
    }

    private static void assumeReader() {
        assumeTrue(Tearsheet.reader(MediaTypes.TEXT).isPresent(), "no plain-text reader on the class path yet");
    }
}

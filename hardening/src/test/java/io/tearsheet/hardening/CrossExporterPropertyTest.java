package io.tearsheet.hardening;

import io.tearsheet.model.Article;
import io.tearsheet.testing.ArticleArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated articles (every block, inline and quote kind, text from every Unicode plane including characters XML
 * forbids) through all three exporters at once: each output passes its validator, the JSON reads back as the same
 * article, and exporting again gives the same bytes. The exporters' own modules try many more articles per format
 * ({@code JsonRoundTripTest}, {@code EpubExporterPropertyTest}, {@code GeneratedArticlesTest}); this one checks that
 * the three agree on the same article, with few tries so the module stays quick.
 */
class CrossExporterPropertyTest {
    private final Path dir;

    CrossExporterPropertyTest() throws IOException {
        dir = Files.createTempDirectory("tearsheet-property");
    }

    @AfterProperty
    void removeFolder() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @Provide
    Arbitrary<Article> articles() {
        return ArticleArbitraries.articles();
    }

    @Property(tries = 20, seed = "20260601")
    void everyExporterWritesAValidDeterministicFileAndJsonRoundTrips(@ForAll("articles") Article article) {
        List<Pipeline.Output> outputs = Pipeline.exportAndValidate(article, dir);

        List<Pipeline.Output> again = Pipeline.exportAll(article);
        for (int i = 0; i < outputs.size(); i++) {
            assertThat(again.get(i).bytes()).as(outputs.get(i).extension()).isEqualTo(outputs.get(i).bytes());
        }
    }
}

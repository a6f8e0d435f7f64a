package io.tearsheet.epub;

import io.tearsheet.model.Article;
import io.tearsheet.testing.ArticleArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every article the generators can make, with every kind of block, inline, quotation and source, Unicode from
 * every plane, characters XML forbids and markup characters in any field, gives an EPUB that epubcheck passes
 * without a single message, down to usage level.
 */
class EpubExporterPropertyTest {
    private static final EpubExporter EXPORTER = new EpubExporter();

    @Property(tries = 1000)
    void everyArticleGivesAValidEpub(@ForAll("articles") Article article) {
        byte[] epub = EXPORTER.toBytes(article);

        assertThat(EpubValidator.messages(epub)).isEmpty();
    }

    @Provide
    Arbitrary<Article> articles() {
        return ArticleArbitraries.articles();
    }
}

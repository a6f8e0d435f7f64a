package io.tearsheet.pdf;

import io.tearsheet.export.ExportReport;
import io.tearsheet.model.Article;
import io.tearsheet.testing.ArticleArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every generated article, whatever its text, is written as valid PDF/A-3a and PDF/UA-1. */
class GeneratedArticlesTest {
    private static final Validator VALIDATOR = new Validator();
    private static final PdfExporter A4_DEFAULTS = PdfExporter.builder().build();
    private static final PdfExporter TWO_COLUMNS = PdfExporter.builder()
            .pageSize(PageSize.A5).columns(2).twoSided(true).build();
    private static final PdfExporter ONE_COLUMN = PdfExporter.builder().pageSize(PageSize.A5).build();

    @Property(tries = 300)
    void everyArticleIsPdfA3aAndPdfUa1(@ForAll("articles") Article article) throws Exception {
        PdfExporter exporter = switch (Math.floorMod(article.hashCode(), 3)) {
            case 0 -> A4_DEFAULTS;
            case 1 -> ONE_COLUMN;
            default -> TWO_COLUMNS;
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportReport report = exporter.export(article, out);
        assertThat(report.warnings()).doesNotContainNull();
        assertThat(VALIDATOR.failures(out.toByteArray())).isEmpty();
    }

    @Property(tries = 20)
    void everyBookOfGeneratedArticlesIsPdfA3aAndPdfUa1(@ForAll("books") io.tearsheet.export.Book book)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfBookExporter.builder().columns(2).twoSided(true).build().export(book, out);
        assertThat(VALIDATOR.failures(out.toByteArray())).isEmpty();
    }

    @Provide
    Arbitrary<io.tearsheet.export.Book> books() {
        return net.jqwik.api.Combinators.combine(ArticleArbitraries.nonBlankText(),
                        ArticleArbitraries.articles().list().ofMinSize(1).ofMaxSize(4))
                .as((title, articles) -> io.tearsheet.export.Book.builder().title(title).author(title)
                        .articles(articles).build());
    }

    @Provide
    Arbitrary<Article> articles() {
        return ArticleArbitraries.articles();
    }
}

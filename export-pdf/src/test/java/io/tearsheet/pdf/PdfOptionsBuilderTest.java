package io.tearsheet.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The article and book exporters take the same options, set the same way, and a book can take an article's. */
class PdfOptionsBuilderTest {
    private static PdfExporter everyOptionSet() throws Exception {
        byte[] dejaVu;
        try (var in = PdfOptionsBuilderTest.class.getResourceAsStream(
                "/net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf")) {
            dejaVu = in.readAllBytes();
        }
        return PdfExporter.builder().pageSize(PageSize.A5).margins(Margins.of(40)).columns(2).twoSided(true)
                .timestamp(Instant.parse("2030-01-02T03:04:05Z")).font("DejaVuSerif", dejaVu).hyphenation(false)
                .attachment(new FakeJsonExporter()).build();
    }

    @Test
    void aBookTakesEveryOptionOfAnArticleExporter() throws Exception {
        PdfExporter article = everyOptionSet();
        assertThat(PdfBookExporter.builder().from(article).options()).isEqualTo(article.options());
        assertThat(PdfExporter.builder().from(article).options()).isEqualTo(article.options());
    }

    @Test
    void optionsSetAfterTakingThemWin() throws Exception {
        PdfOptions options = PdfBookExporter.builder().from(everyOptionSet()).twoSided(false).hyphenation(true)
                .options();
        assertThat(options.twoSided()).isFalse();
        assertThat(options.hyphenation()).isTrue();
        assertThat(options.pageSize()).isEqualTo(PageSize.A5);
    }

    @Test
    void marginsAndColumnsLeftAtTheirDefaultFollowTheNewPageSize() {
        PdfExporter a5 = PdfExporter.builder().pageSize(PageSize.A5).build();
        assertThat(a5.options().settings().columns()).isEqualTo(1);
        var settings = PdfBookExporter.builder().from(a5).pageSize(PageSize.A4).options().settings();
        assertThat(settings.margins()).isEqualTo(Margins.defaultFor(PageSize.A4));
        assertThat(settings.columns()).isEqualTo(2);
    }

    @Test
    void twoColumnsOnA4AndLetterByDefaultOneOnNarrowerPages() {
        assertThat(new PdfExporter().options().settings().columns()).isEqualTo(2);
        assertThat(PdfExporter.builder().pageSize(PageSize.US_LETTER).build().options().settings().columns())
                .isEqualTo(2);
        assertThat(PdfExporter.builder().pageSize(PageSize.A5).build().options().settings().columns()).isEqualTo(1);
        assertThat(PdfExporter.builder().pageSize(PageSize.TRADE_6X9).build().options().settings().columns())
                .isEqualTo(1);
    }

    @Test
    void bothBuildersRejectTheSameValues() {
        assertThatThrownBy(() -> PdfBookExporter.builder().columns(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PdfBookExporter.builder().font("junk", new byte[]{1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("junk");
        assertThatThrownBy(() -> PdfBookExporter.builder().pageSize(PageSize.A5).margins(Margins.of(200)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBookMadeFromAnArticleExporterHasItsPageSize() throws Exception {
        PdfBookExporter book = PdfBookExporter.of(PdfExporter.builder().pageSize(PageSize.A5).build());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.export(PdfBookExporterTest.book(1), out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PageSize.A5.width());
        }
    }
}

package io.tearsheet.pdf;

import io.tearsheet.export.ArticleSource;
import io.tearsheet.export.Book;
import io.tearsheet.export.BookExporter;
import io.tearsheet.model.Article;
import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Metadata;
import io.tearsheet.testing.TestArticles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

class PdfBookExporterTest {
    private static final Validator VALIDATOR = new Validator();

    /** Article {@code i}: the test article with its own headline and date, so the volume can be told apart. */
    static Article article(int i) {
        Article base = i % 3 == 1 ? TestArticles.minimal() : TestArticles.everything();
        Metadata md = base.metadata().toBuilder().headline("Dispatch " + (i + 1) + ": " + base.metadata().headline())
                .published(ArticleDate.of(java.time.LocalDate.of(2025, 1, 1).plusDays(i))).build();
        return base.toBuilder().metadata(md).build();
    }

    static ArticleSource source(int size) {
        return new ArticleSource() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Article get(int index) {
                return article(index);
            }
        };
    }

    static Book book(int size) {
        return Book.builder().title("The City’s Waterways").subtitle("Reporting from the river, 2025")
                .author("Clara Mendes").publisher("The Tearsheet Gazette").rights("© 2025 The Tearsheet Gazette")
                .language("en").articles(source(size)).build();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 100})
    void booksArePdfA3aAndPdfUa1(int size) throws Exception {
        PdfBookExporter exporter = PdfBookExporter.builder()
                .pageSize(PageSize.TRADE_6X9).twoSided(true).build();
        byte[] pdf = toBytes(exporter, book(size));
        PdfFiles.keep("book-" + size + ".pdf", pdf);
        assertThat(VALIDATOR.failures(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertThat(titles).hasSize(size + 2).first().isEqualTo("The City’s Waterways");
            assertThat(titles).last().isEqualTo("Who is quoted");
            COSArray af = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            assertThat(af.size()).isEqualTo(size);
        }
    }

    @Test
    void anIndexOfManyPagesIsWrittenAsItIsSetAndStaysValid() throws Exception {
        // Every article quotes people of its own, so the index of who is quoted runs to many pages and its
        // entries are written out while later ones are still being set.
        ArticleSource distinct = new ArticleSource() {
            @Override
            public int size() {
                return 120;
            }

            @Override
            public Article get(int index) {
                Article base = article(index);
                List<io.tearsheet.model.Source> renamed = new ArrayList<>();
                for (io.tearsheet.model.Source s : base.sources()) {
                    renamed.add(new io.tearsheet.model.Source(s.id(), s.name() + " " + (index + 1), s.kind(),
                            s.description(), List.of()));
                }
                return base.toBuilder().sources(renamed).build();
            }
        };
        Book book = Book.builder().title("Many voices").language("en").articles(distinct).build();

        byte[] pdf = toBytes(PdfBookExporter.builder().pageSize(PageSize.TRADE_6X9).build(), book);

        assertThat(VALIDATOR.failures(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            assertThat(stripper.getText(document)).contains("Who is quoted");
        }
    }

    @Test
    void contentsListTheArticlesWithTheirPages() throws Exception {
        byte[] pdf = toBytes(PdfBookExporter.builder().build(), book(3));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String contents = stripper.getText(document);
            assertThat(contents).contains("Contents");
            for (int i = 0; i < 3; i++) {
                PDOutlineItem item = outlineItem(document, i + 1);
                int page = document.getPages().indexOf(item.findDestinationPage(document)) + 1;
                assertThat(contents).contains("Dispatch " + (i + 1) + ":");
                assertThat(contents).containsPattern("(?s)Dispatch " + (i + 1) + ":.*?\\b" + page + "\\b");
            }
        }
    }

    @Test
    void indexesWhoIsQuotedAcrossTheBookWithPages() throws Exception {
        byte[] pdf = toBytes(PdfBookExporter.builder().build(), book(3));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(document.getNumberOfPages());
            String index = PdfExporterTest.normalise(stripper.getText(document));
            int first = document.getPages().indexOf(outlineItem(document, 1).findDestinationPage(document)) + 1;
            int third = document.getPages().indexOf(outlineItem(document, 3).findDestinationPage(document)) + 1;
            // Articles 1 and 3 both quote Harriet Okafor; the index lists her once, with both pages.
            assertThat(index).contains("Who is quoted").containsOnlyOnce("Harriet Okafor")
                    .contains("Harriet Okafor, the city's transport commissioner " + first + ", " + third);
        }
    }

    @Test
    void articlesStartOnRightHandPagesWhenTwoSided() throws Exception {
        byte[] pdf = toBytes(PdfBookExporter.builder().twoSided(true).build(),
                book(4));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int i = 1; i <= 4; i++) {
                int page = document.getPages().indexOf(outlineItem(document, i).findDestinationPage(document)) + 1;
                assertThat(page % 2).as("article %d starts on page %d", i, page).isEqualTo(1);
            }
        }
    }

    @Test
    void sameBookGivesSameBytes() {
        PdfBookExporter exporter = PdfBookExporter.builder().build();
        assertThat(toBytes(exporter, book(3))).isEqualTo(toBytes(exporter, book(3)));
    }

    @Test
    void anUndrawableTitleStillGivesAValidBook() throws Exception {
        Book book = Book.builder().title("\uDBFF\uDFFF").articles(List.of(TestArticles.minimal())).build();
        assertThat(VALIDATOR.failures(toBytes(PdfBookExporter.builder().build(), book))).isEmpty();
    }

    @Test
    void isFoundByServiceLoader() {
        assertThat(ServiceLoader.load(BookExporter.class).stream().map(ServiceLoader.Provider::type))
                .contains(PdfBookExporter.class);
    }

    @Test
    void temporaryFilesAreGoneAfterAFailedBookAsAfterAFinishedOne() throws Exception {
        PdfBookExporter exporter = PdfBookExporter.builder().build();
        toBytes(exporter, book(2));
        assertThat(io.tearsheet.pdf.internal.scratch.TemporaryFiles.pending()).isEmpty();
        int[] reads = new int[1];
        ArticleSource failing = new ArticleSource() {
            @Override
            public int size() {
                return 4;
            }

            @Override
            public Article get(int index) throws java.io.IOException {
                if (++reads[0] > 6) {
                    throw new java.io.IOException("disk gone");
                }
                return article(index);
            }
        };
        var out = new java.io.ByteArrayOutputStream();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> exporter.export(
                Book.builder().title("Broken").articles(failing).build(), out)).hasMessage("disk gone");
        assertThat(out.size()).isZero();
        assertThat(io.tearsheet.pdf.internal.scratch.TemporaryFiles.pending()).isEmpty();
    }

    private static PDOutlineItem outlineItem(PDDocument document, int index) {
        int i = 0;
        for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
            if (i++ == index) {
                return item;
            }
        }
        throw new AssertionError("no outline item " + index);
    }

    static byte[] toBytes(BookExporter exporter, Book book) {
        var out = new java.io.ByteArrayOutputStream();
        try {
            exporter.export(book, out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

package io.tearsheet.epub;

import io.tearsheet.export.ArticleSource;
import io.tearsheet.export.Book;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.ImageResolver;
import io.tearsheet.model.Article;
import io.tearsheet.testing.TestArticles;
import io.tearsheet.testing.TestPictures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures with their images: a page saved with its files gives an EPUB that shows them. */
class EpubImagesTest {
    private static final EpubExporter EXPORTER = new EpubExporter();

    @TempDir
    static Path page;

    @BeforeAll
    static void savePictures() throws IOException {
        TestPictures.save(page);
    }

    private record Written(byte[] bytes, ExportReport report) {
    }

    private static Written export(Article article, ImageResolver images) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ExportReport report = EXPORTER.export(article, images, out);
            return new Written(out.toByteArray(), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> binaryEntries(byte[] epub) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    @Test
    void embedsEachSavedPictureOnceUnderANumberedName() throws IOException {
        Written epub = export(TestPictures.article(), ImageResolver.folder(page));

        Map<String, byte[]> entries = binaryEntries(epub.bytes());
        assertThat(entries.keySet()).filteredOn(name -> name.startsWith("EPUB/images/"))
                .containsExactly("EPUB/images/figure-1.png", "EPUB/images/figure-2.jpg");
        assertThat(entries.get("EPUB/images/figure-1.png")).isEqualTo(Files.readAllBytes(page.resolve(
                TestPictures.TOWER)));
        String opf = Epubs.file(epub.bytes(), "package.opf");
        assertThat(opf).contains("<item id=\"figure-1\" href=\"images/figure-1.png\" media-type=\"image/png\"/>")
                .contains("<item id=\"figure-2\" href=\"images/figure-2.jpg\" media-type=\"image/jpeg\"/>");
    }

    @Test
    void showsPicturesWithTheirTextAlternativeCaptionAndCredit() {
        String xhtml = Epubs.file(export(TestPictures.article(), ImageResolver.folder(page)).bytes(),
                "article.xhtml");

        assertThat(xhtml).contains("<img src=\"images/figure-1.png\" alt=\"A white clock face on a stone tower"
                + " against a pale sky.\"/>");
        assertThat(xhtml).as("without alternative text, the caption stands for the picture")
                .contains("<img src=\"images/figure-2.jpg\" alt=\"The pier clock at dawn.\"/>");
        assertThat(xhtml).as("with neither, the picture is tied to its credit")
                .contains("<img src=\"images/figure-2.jpg\" alt=\"\" aria-describedby=\"figure-caption-5\"/>")
                .contains("<figcaption id=\"figure-caption-5\">");
        assertThat(xhtml).contains("<span class=\"credit\" epub:type=\"credit\" role=\"doc-credit\">Photo: Mara"
                + " Lindqvist</span>");
        assertThat(xhtml).as("the lantern was not saved").containsOnlyOnce("Image not included.")
                .contains("A brass lantern on a post.");
        assertThat(Epubs.file(export(TestPictures.article(), ImageResolver.folder(page)).bytes(), "style.css"))
                .contains("max-width: 100%").contains("height: auto");
    }

    @Test
    void passesEpubcheckWithoutAMessage() {
        assertThat(EpubValidator.messages(export(TestPictures.article(), ImageResolver.folder(page)).bytes()))
                .isEmpty();
    }

    @Test
    void reportsTheFiguresShownWithoutTheirImage() {
        ExportReport report = export(TestPictures.article(), ImageResolver.folder(page)).report();

        assertThat(report.warnings()).containsExactly("figure 3: image " + TestPictures.MISSING
                + " was not found next to the input; shown as a description");
    }

    @Test
    void statesVisualAccessAndAlternativeTextOnlyWhenEveryPictureIsDescribed() {
        String opf = Epubs.file(export(TestPictures.article(), ImageResolver.folder(page)).bytes(), "package.opf");

        assertThat(opf).contains("<meta property=\"schema:accessMode\">visual</meta>")
                .as("the pier's copy has neither description nor caption")
                .doesNotContain("alternativeText")
                .contains("<meta property=\"schema:accessModeSufficient\">textual,visual</meta>")
                .contains("some have no description");

        Article described = TestPictures.article();
        String onlyDescribed = Epubs.file(export(described.toBuilder().sections(List.of(
                io.tearsheet.model.Section.body(described.sections().get(0).blocks().subList(0, 4)))).build(),
                ImageResolver.folder(page)).bytes(), "package.opf");
        assertThat(onlyDescribed).contains("<meta property=\"schema:accessibilityFeature\">alternativeText</meta>")
                .contains("<meta property=\"schema:accessModeSufficient\">textual</meta>")
                .contains("The images of the original are included, each with its description or caption");
    }

    @Test
    void withoutImagesTheOutputIsByteForByteAsBefore() {
        Article article = TestArticles.everything();

        assertThat(export(article, ImageResolver.folder(page)).bytes()).isEqualTo(EXPORTER.toBytes(article));
        assertThat(export(TestPictures.article(), ImageResolver.none()).bytes())
                .isEqualTo(EXPORTER.toBytes(TestPictures.article()));
        assertThat(export(TestPictures.article(), ImageResolver.none()).report().warnings()).isEmpty();
    }

    @Test
    void isDeterministic() {
        assertThat(export(TestPictures.article(), ImageResolver.folder(page)).bytes())
                .isEqualTo(export(TestPictures.article(), ImageResolver.folder(page)).bytes());
    }

    @Test
    void aBookNumbersImagesAcrossItsArticles() {
        Article article = TestPictures.article();
        ArticleSource source = new ArticleSource() {
            @Override
            public int size() {
                return 2;
            }

            @Override
            public Article get(int index) {
                return article;
            }

            @Override
            public ImageResolver images(int index) {
                return ImageResolver.folder(page);
            }
        };
        Book book = Book.builder().title("Harbour Clocks").articles(source).build();

        Epubs.Written written = Epubs.export(new EpubBookExporter(), book);

        assertThat(binaryEntries(written.bytes()).keySet()).filteredOn(name -> name.startsWith("EPUB/images/"))
                .containsExactlyInAnyOrder("EPUB/images/figure-1.png", "EPUB/images/figure-2.jpg",
                        "EPUB/images/figure-3.png", "EPUB/images/figure-4.jpg");
        assertThat(written.report().warnings()).containsExactly("The Harbour Clocks Keep Time Again: figure 3: image "
                + TestPictures.MISSING + " was not found next to the input; shown as a description (2 times)");
        assertThat(EpubValidator.messages(written.bytes())).isEmpty();
    }
}

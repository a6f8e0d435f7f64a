package io.tearsheet.pdf;

import io.tearsheet.export.ArticleSource;
import io.tearsheet.export.Book;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.ImageResolver;
import io.tearsheet.model.Article;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Section;
import io.tearsheet.model.Text;
import io.tearsheet.testing.TestArticles;
import io.tearsheet.testing.TestPictures;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures with their pictures in the archival PDF: drawn, tagged, described, and still PDF/A-3a and PDF/UA-1. */
class PdfImagesTest {
    private static final Validator VALIDATOR = new Validator();
    private static final PdfExporter EXPORTER = PdfExporter.builder().build();

    @TempDir
    static Path page;

    @BeforeAll
    static void savePictures() throws IOException {
        TestPictures.save(page);
        Files.write(page.resolve(TestPictures.FILES + "ramp.png"), TestPictures.png16(300, 40));
        Files.write(page.resolve(TestPictures.FILES + "dial.gif"), TestPictures.gif(120, 120));
        Files.write(page.resolve(TestPictures.FILES + "print.jpg"), TestPictures.cmykJpegHeader(100, 100));
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

    /** Every image XObject of the file, each once. */
    private static List<COSStream> images(PDDocument document) {
        List<COSStream> images = new ArrayList<>();
        for (COSObject object : document.getDocument().getXrefTable().keySet().stream()
                .map(key -> document.getDocument().getObjectFromPool(key)).toList()) {
            if (object.getObject() instanceof COSStream stream
                    && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                    && !isSoftMask(document, stream)) {
                images.add(stream);
            }
        }
        return images;
    }

    private static boolean isSoftMask(PDDocument document, COSStream candidate) {
        return document.getDocument().getXrefTable().keySet().stream()
                .map(key -> document.getDocument().getObjectFromPool(key).getObject())
                .anyMatch(o -> o instanceof COSStream s && s.getCOSStream(COSName.SMASK) == candidate);
    }

    /** The Figure structure elements, in no particular order. */
    private static List<COSDictionary> figures(PDDocument document) {
        List<COSDictionary> figures = new ArrayList<>();
        document.getDocument().getXrefTable().keySet().forEach(key -> {
            COSBase object = document.getDocument().getObjectFromPool(key).getObject();
            if (object instanceof COSDictionary d && !(object instanceof COSStream)
                    && COSName.getPDFName("Figure").equals(d.getCOSName(COSName.S))) {
                figures.add(d);
            }
        });
        return figures;
    }

    @Test
    void drawsEachSavedPictureAndEmbedsItOnce() throws IOException {
        byte[] pdf = export(TestPictures.article(), ImageResolver.folder(page)).bytes();
        PdfFiles.keep("figures.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<COSStream> images = images(document);
            assertThat(images).as("the tower PNG and the pier JPEG, each once").hasSize(2);
            assertThat(images).filteredOn(i -> COSName.DCT_DECODE.equals(i.getCOSName(COSName.FILTER)))
                    .singleElement().satisfies(jpeg -> assertThat(jpeg.getInt(COSName.WIDTH)).isEqualTo(480));
            assertThat(images).filteredOn(i -> i.getCOSStream(COSName.SMASK) != null).as("the PNG's transparency")
                    .hasSize(1);
        }
    }

    @Test
    void tagsEveryPictureAsAFigureWithAltTextAndABoundingBox() throws IOException {
        byte[] pdf = export(TestPictures.article(), ImageResolver.folder(page)).bytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<COSDictionary> figures = figures(document);
            assertThat(figures).hasSize(5);
            assertThat(figures).extracting(f -> f.getString(COSName.getPDFName("Alt"))).contains(
                    "A white clock face on a stone tower against a pale sky.", "The pier clock at dawn.",
                    "A brass lantern on a post.");
            List<COSDictionary> boxed = figures.stream().filter(f -> f.getCOSDictionary(COSName.A) != null).toList();
            assertThat(boxed).as("the four drawn pictures; the lantern is a described frame").hasSize(4);
            assertThat(boxed).allSatisfy(f -> {
                COSDictionary layout = f.getCOSDictionary(COSName.A);
                assertThat(layout.getCOSName(COSName.O)).isEqualTo(COSName.getPDFName("Layout"));
                COSArray box = layout.getCOSArray(COSName.BBOX);
                assertThat(box.size()).isEqualTo(4);
                assertThat(box.toFloatArray()[2]).isGreaterThan(box.toFloatArray()[0]);
            });
        }
    }

    @Test
    void staysValidPdfA3aAndPdfUa1() {
        assertThat(VALIDATOR.failures(export(TestPictures.article(), ImageResolver.folder(page)).bytes())).isEmpty();
    }

    @Test
    void sixteenBitPngsAndGifsAreEmbeddedAndValid() throws IOException {
        Article article = single(new Figure(TestPictures.FILES + "ramp.png", List.of(new Text("A grey ramp.")), null,
                null), new Figure(TestPictures.FILES + "dial.gif", List.of(new Text("A dial.")), null, null));

        Written written = export(article, ImageResolver.folder(page));

        assertThat(written.report().warnings()).isEmpty();
        try (PDDocument document = Loader.loadPDF(written.bytes())) {
            assertThat(images(document)).hasSize(2);
        }
        assertThat(VALIDATOR.failures(written.bytes())).isEmpty();
    }

    @Test
    void aCmykJpegIsShownAsItsDescriptionAndNoted() throws IOException {
        Article article = single(new Figure(TestPictures.FILES + "print.jpg", List.of(new Text("A poster.")), null,
                "A printed poster of the clocks."));

        Written written = export(article, ImageResolver.folder(page));

        assertThat(written.report().warnings()).containsExactly("figure 1: image " + TestPictures.FILES
                + "print.jpg is a CMYK JPEG, which this sRGB PDF/A cannot show as it is; shown as a description");
        try (PDDocument document = Loader.loadPDF(written.bytes())) {
            assertThat(images(document)).isEmpty();
        }
        assertThat(VALIDATOR.failures(written.bytes())).isEmpty();
    }

    @Test
    void reportsTheFiguresShownWithoutTheirPicture() {
        assertThat(export(TestPictures.article(), ImageResolver.folder(page)).report().warnings()).containsExactly(
                "figure 3: image " + TestPictures.MISSING + " was not found next to the input; shown as a"
                        + " description");
    }

    @Test
    void withoutPicturesTheOutputIsByteForByteAsBefore() {
        assertThat(export(TestArticles.everything(), ImageResolver.folder(page)).bytes())
                .isEqualTo(EXPORTER.toBytes(TestArticles.everything()));
        assertThat(export(TestPictures.article(), ImageResolver.none()).bytes())
                .isEqualTo(EXPORTER.toBytes(TestPictures.article()));
    }

    @Test
    void isDeterministic() {
        assertThat(export(TestPictures.article(), ImageResolver.folder(page)).bytes())
                .isEqualTo(export(TestPictures.article(), ImageResolver.folder(page)).bytes());
    }

    @Test
    void aBookShowsEachArticlesPicturesFromItsOwnFolder() throws IOException {
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
                return index == 0 ? ImageResolver.folder(page) : ImageResolver.none();
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportReport report = new PdfBookExporter().export(Book.builder().title("Harbour Clocks").articles(source)
                .build(), out);

        assertThat(report.warnings()).contains("article 1: figure 3: image " + TestPictures.MISSING
                + " was not found next to the input; shown as a description");
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            assertThat(images(document)).hasSize(2);
        }
        assertThat(VALIDATOR.failures(out.toByteArray())).isEmpty();
    }

    private static Article single(Figure... figures) {
        List<io.tearsheet.model.Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of("The clocks were photographed for the archive."));
        blocks.addAll(List.of(figures));
        return Article.builder().metadata(Metadata.builder().headline("Clock Pictures").language("en").build())
                .section(Section.body(blocks)).build();
    }
}

package io.tearsheet.cli;

import io.tearsheet.io.AtomicFiles;
import io.tearsheet.testing.TestPictures;
import io.tearsheet.validate.Validation;
import io.tearsheet.validate.Validators;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A web page saved "complete" by a browser (the page and a {@code _files} folder beside it) converts to an EPUB and
 * a PDF that show its pictures, validate, say which pictures were missing, and read nothing outside the folder.
 */
class SavedPageImagesTest {
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>The Harbour Clocks Keep Time Again | The Tearsheet Gazette</title>
            <meta name="author" content="Mara Lindqvist">
            </head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article>
            <h1>The Harbour Clocks Keep Time Again</h1>
            <p class="byline">By Mara Lindqvist</p>
            <time datetime="2026-03-14T08:00:00Z">14 March 2026</time>
            <p>The four clocks on the harbour front were wound again this week, after two winters in which each
            showed a different hour and visitors trusted none of them.</p>
            <figure><img src="Harbour%20clocks_files/tower.png" alt="A white clock face on a stone tower">
            <figcaption>The tower clock, cleaned and wound. <span class="credit">Photo: Mara Lindqvist</span>
            </figcaption></figure>
            <p>Volunteers from the harbour trust took turns on the ladders, and the work took eleven days from the
            first scaffold to the last coat of paint on the hands.</p>
            <figure><img src="Harbour clocks_files/pier.jpg"><figcaption>The pier clock at dawn.</figcaption></figure>
            <figure><img src="Harbour clocks_files/lantern.jpg" alt="A brass lantern on a post">
            <figcaption>The lantern by the ferry steps.</figcaption></figure>
            <p>"They will be checked every Sunday from now on," said Ingrid Solberg, the harbour master, who keeps
            the winding keys in her office.</p>
            <figure><img src="../../etc/passwd" alt="One"><figcaption>One.</figcaption></figure>
            <figure><img src="/etc/passwd" alt="Two"><figcaption>Two.</figcaption></figure>
            <figure><img src="file:///etc/passwd" alt="Three"><figcaption>Three.</figcaption></figure>
            <figure><img src="../secret.png" alt="Four"><figcaption>Four.</figcaption></figure>
            <figure><img src="SECRET_URI" alt="Five"><figcaption>Five.</figcaption></figure>
            <figure><img src="Harbour clocks_files/escape.png" alt="Six"><figcaption>Six.</figcaption></figure>
            <p>The clocks were first set in 1911 and have been repaired four times since, the last in 1987.</p>
            </article>
            <footer><p>© 2026 The Tearsheet Gazette.</p></footer>
            </body></html>
            """;

    @TempDir
    Path dir;
    Path page;
    byte[] secret;

    @BeforeEach
    void saveThePage() throws IOException {
        Path saved = Files.createDirectories(dir.resolve("saved"));
        TestPictures.save(saved);
        // a picture outside the page's folder, which no address in the page may reach
        secret = TestPictures.png(64, 64, false);
        Path outside = Files.write(dir.resolve("secret.png"), secret);
        page = saved.resolve("Harbour clocks.html");
        Files.writeString(page, PAGE.replace("SECRET_URI", outside.toUri().toString()));
        try {
            Files.createSymbolicLink(saved.resolve(TestPictures.FILES + "escape.png"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            // without symbolic links the sixth figure is simply missing
        }
    }

    private static void assertValid(Path file) throws IOException {
        Validation validation = Validators.validate(file);
        assertThat(validation.findings()).as(file + " by " + validation.validator()).isEmpty();
    }

    private static Map<String, byte[]> zipEntries(Path epub) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(epub))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static List<COSStream> pdfImages(PDDocument document) {
        List<COSStream> images = new ArrayList<>();
        document.getDocument().getXrefTable().keySet().forEach(key -> {
            if (document.getDocument().getObjectFromPool(key).getObject() instanceof COSStream stream
                    && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                    && stream.getCOSName(COSName.COLORSPACE) != null
                    && !COSName.DEVICEGRAY.equals(stream.getCOSName(COSName.COLORSPACE))) {
                images.add(stream);
            }
        });
        return images;
    }

    @Test
    void convertsASavedPageToAnEpubAndPdfThatShowItsPictures() throws IOException {
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of("convert", page.toString(), "--to", "json,epub,pdf", "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String extension : List.of("json", "epub", "pdf")) {
            Path file = out.resolve("Harbour_clocks." + extension);
            assertValid(file);
            assertThat(AtomicFiles.isComplete(file)).isTrue();
        }
        Map<String, byte[]> epub = zipEntries(out.resolve("Harbour_clocks.epub"));
        assertThat(epub.keySet()).filteredOn(name -> name.startsWith("EPUB/images/"))
                .containsExactly("EPUB/images/figure-1.png", "EPUB/images/figure-2.jpg");
        assertThat(new String(epub.get("EPUB/article.xhtml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<img src=\"images/figure-1.png\" alt=\"A white clock face on a stone tower\"/>")
                .contains("Image not included.");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("Harbour_clocks.pdf").toFile())) {
            assertThat(pdfImages(pdf)).as("the tower and the pier").hasSize(2);
        }
    }

    @Test
    void saysWhichPicturesWereNotFound() throws IOException {
        CommandRun run = CommandRun.of("convert", page.toString(), "--to", "epub,pdf", "--out",
                dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("epub: figure 3: image Harbour clocks_files/lantern.jpg was not found next to"
                + " the input; shown as a description")
                .contains("pdf: figure 3: image Harbour clocks_files/lantern.jpg was not found next to the input")
                .contains("epub: figure 4: image file:///etc/passwd is outside the input's folder and was not read");
    }

    @Test
    void picturesSavedBesideThePageAreUsedEvenWhenItsWebAddressIsKnown() throws IOException {
        // with its address known, the reader makes absolute what was not saved; what was saved stays a local path
        Files.writeString(page, Files.readString(page).replace("</head>",
                "<link rel=\"canonical\" href=\"https://news.example/2026/harbour-clocks\">\n</head>"));
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of("convert", page.toString(), "--to", "epub", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(zipEntries(out.resolve("Harbour_clocks.epub")).keySet())
                .filteredOn(name -> name.startsWith("EPUB/images/")).hasSize(2);
        assertThat(run.err()).contains("figure 3: image https://news.example/2026/Harbour%20clocks_files/lantern.jpg"
                + " is on the web, and images are never fetched; shown as a description");
    }

    @Test
    void readsNothingOutsideThePagesFolder() throws IOException {
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of("convert", page.toString(), "--to", "epub", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, byte[]> epub = zipEntries(out.resolve("Harbour_clocks.epub"));
        assertThat(epub.values()).noneMatch(bytes -> java.util.Arrays.equals(bytes, secret));
        assertThat(epub.keySet()).filteredOn(name -> name.startsWith("EPUB/images/")).hasSize(2);
        assertThat(new String(epub.get("EPUB/article.xhtml"), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("root:");
    }

    @Test
    void aBookOfSavedPagesShowsTheirPictures() throws IOException {
        CommandRun run = CommandRun.of("book", page.toString(), "--title", "Harbour Clocks", "--to", "epub,pdf",
                "--out", dir.resolve("harbour").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("lantern.jpg was not found next to the input");
        Path epub = dir.resolve("harbour.epub");
        assertValid(epub);
        assertValid(dir.resolve("harbour.pdf"));
        assertThat(zipEntries(epub).keySet()).filteredOn(name -> name.startsWith("EPUB/images/")).hasSize(2);
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("harbour.pdf").toFile())) {
            assertThat(pdfImages(pdf)).hasSize(2);
        }
    }
}

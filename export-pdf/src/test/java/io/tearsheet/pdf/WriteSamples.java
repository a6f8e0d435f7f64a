package io.tearsheet.pdf;

import io.tearsheet.testing.TestArticles;

import java.nio.file.Files;
import java.nio.file.Path;

/** Run in a separate JVM by {@link DeterminismTest}: writes the test article and a small book to a folder. */
public final class WriteSamples {
    private WriteSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Files.write(dir.resolve("article.pdf"), PdfExporter.builder().columns(2).build()
                .toBytes(TestArticles.everything()));
        Files.write(dir.resolve("book.pdf"), PdfBookExporterTest.toBytes(PdfBookExporter.builder().twoSided(true)
                .build(), PdfBookExporterTest.book(3)));
    }
}

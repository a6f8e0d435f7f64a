package io.tearsheet.epub;

import io.tearsheet.testing.TestArticles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a fixed set of EPUBs; run in this JVM and in another one with a different time zone, locale and default
 * charset, the files must be identical. Its {@code main} is what the other JVM runs.
 */
final class ReproducibilityProbe {
    private ReproducibilityProbe() {
    }

    /** The EPUBs, by file name. */
    static Map<String, byte[]> epubs() {
        Map<String, byte[]> epubs = new LinkedHashMap<>();
        EpubExporter exporter = new EpubExporter();
        epubs.put("everything.epub", exporter.toBytes(TestArticles.everything()));
        epubs.put("minimal.epub", exporter.toBytes(TestArticles.minimal()));
        for (int i = 1; i <= 5; i++) {
            epubs.put("generated-" + i + ".epub", exporter.toBytes(TestBooks.generated(i)));
        }
        epubs.put("series.epub", Epubs.bytes(new EpubBookExporter(), TestBooks.series()));
        epubs.put("book-30.epub", Epubs.bytes(EpubBookExporter.builder().arrangement(BookArrangement.BY_DATE).build(),
                TestBooks.generatedBook(30, new AtomicInteger())));
        return epubs;
    }

    /** Writes {@link #epubs()} into the folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        for (Map.Entry<String, byte[]> epub : epubs().entrySet()) {
            Files.write(folder.resolve(epub.getKey()), epub.getValue());
        }
    }
}

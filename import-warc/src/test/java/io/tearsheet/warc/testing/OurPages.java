package io.tearsheet.warc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The HTML reader's own test pages (written for this project, in {@code import-html/src/test/resources/pages}),
 * which the web archive tests capture into WARC files.
 */
public final class OurPages {
    private OurPages() {
    }

    /** The folder of the pages. */
    public static Path folder() {
        Path root = Path.of(System.getProperty("tearsheet.root.dir", ".."));
        Path folder = root.resolve("import-html/src/test/resources/pages");
        if (!Files.isDirectory(folder)) {
            folder = Path.of("..", "import-html/src/test/resources/pages");
        }
        return folder;
    }

    /** Every page's name, without {@code .html}, sorted. */
    public static List<String> names() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - ".html".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page's bytes. */
    public static byte[] page(String name) {
        try {
            return Files.readAllBytes(folder().resolve(name + ".html"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address a test crawl captures a page at: {@code https://news.example/2024/03/NAME}. */
    public static String url(String name) {
        return "https://news.example/2024/03/" + name;
    }
}

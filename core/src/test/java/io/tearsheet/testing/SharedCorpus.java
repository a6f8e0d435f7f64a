package io.tearsheet.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The acceptance corpus in {@code ../shared/corpus}: real articles that belong to their publishers, read in
 * place and never copied into the project. Tests that use it are skipped when it is absent.
 */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    /** The corpus folder; the calling test is skipped when there is none. */
    public static Path directory() {
        String configured = System.getProperty("tearsheet.shared.dir");
        Path shared = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        Path corpus = shared.resolve("corpus").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(corpus), "shared corpus not present at " + corpus);
        return corpus;
    }

    /** Every article text ({@code *.txt}) in the corpus, sorted by name; skipped when there is no corpus. */
    public static List<Path> articles() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The annotation beside an article: {@code X.txt} → {@code X.expected.json}. */
    public static Path annotationOf(Path article) {
        String name = article.getFileName().toString();
        return article.resolveSibling(name.substring(0, name.length() - 4) + ".expected.json");
    }
}

package io.tearsheet.bench;

import io.tearsheet.Tearsheet;
import io.tearsheet.model.Article;
import io.tearsheet.read.PlainTextReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The inputs the benchmarks and the peer comparison read: the embedded sample, the seed article of the shared
 * corpus when it is present, synthetic articles of a given size, and numbered variants of the sample for books and
 * batches. Everything here is made from the sample, which we wrote ourselves; the corpus is only read in place.
 */
public final class Inputs {
    /** The system property naming the shared folder (the one holding {@code corpus/}). */
    public static final String SHARED_DIR_PROPERTY = "tearsheet.shared.dir";

    private Inputs() {
    }

    /** The embedded sample's text. */
    public static byte[] sample() {
        return Tearsheet.sampleText();
    }

    /**
     * The shared folder: {@code -Dtearsheet.shared.dir}, else {@code ../shared} or {@code ../../shared} relative to
     * the working folder (the repository root or {@code bench/}), when it holds a {@code corpus} folder.
     */
    public static Optional<Path> sharedDir() {
        String property = System.getProperty(SHARED_DIR_PROPERTY);
        List<Path> candidates = property != null ? List.of(Path.of(property))
                : List.of(Path.of("..", "shared"), Path.of("..", "..", "shared"));
        return candidates.stream().filter(dir -> Files.isDirectory(dir.resolve("corpus"))).findFirst();
    }

    /** The path of the corpus seed: the first {@code .txt} of the shared corpus, by name, if there is one. */
    public static Optional<Path> corpusSeedPath() {
        Optional<Path> shared = sharedDir();
        if (shared.isEmpty()) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(shared.get().resolve("corpus"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus seed's bytes, if present. */
    public static Optional<byte[]> corpusSeed() {
        return corpusSeedPath().map(Inputs::readAll);
    }

    /**
     * A scraped-article text of about {@code bytes} bytes: the sample's header, then its body paragraphs repeated
     * (each round with its own cue verb, so the text is not one block copied), then its series note and footer.
     */
    public static byte[] synthetic(int bytes) {
        String[] blocks = sampleBlocks();
        int bodyStart = 3;
        int bodyEnd = blocks.length - 2;
        StringBuilder text = new StringBuilder(bytes + 4096);
        for (int i = 0; i < bodyStart; i++) {
            text.append(blocks[i]).append("\n\n");
        }
        String[] cues = {"said", "added", "said", "told reporters"};
        int round = 0;
        while (text.length() < bytes) {
            for (int i = bodyStart; i < bodyEnd && text.length() < bytes; i++) {
                text.append(blocks[i].replace("said", cues[round % cues.length])).append("\n\n");
            }
            round++;
        }
        text.append(blocks[bodyEnd]).append("\n\n").append(blocks[bodyEnd + 1]);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The sample with its headline numbered ({@code "… (No. 17)"}), so that every article of a book or batch is a
     * different article with its own identifiers, while each costs the same to read and write.
     */
    public static byte[] variant(int number) {
        String text = new String(sample(), StandardCharsets.UTF_8);
        int firstPeriod = text.indexOf(". ");
        String numbered = text.substring(0, firstPeriod) + " (No. " + number + ")" + text.substring(firstPeriod);
        return numbered.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code count} numbered variants, read into articles. */
    public static List<Article> variants(int count) {
        PlainTextReader reader = PlainTextReader.create();
        List<Article> articles = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            articles.add(reader.read(variant(i)));
        }
        return articles;
    }

    /**
     * Writes {@code count} numbered variants as {@code dir/article-00001.txt} … and returns {@code dir}. Names sort in
     * number order, so a batch and a book take them in the same order every run.
     */
    public static Path writeVariants(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        for (int i = 1; i <= count; i++) {
            Files.write(dir.resolve(String.format(Locale.ROOT, "article-%05d.txt", i)), variant(i));
        }
        return dir;
    }

    /** Deletes a folder and everything in it; a missing folder is fine. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String[] sampleBlocks() {
        return new String(sample(), StandardCharsets.UTF_8).split("\n\n");
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

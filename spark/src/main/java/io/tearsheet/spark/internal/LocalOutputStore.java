package io.tearsheet.spark.internal;

import io.tearsheet.bag.BagVerifier;
import io.tearsheet.bag.BagWriter;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.io.AtomicFiles;
import io.tearsheet.io.FileNames;
import io.tearsheet.io.Sha256;
import io.tearsheet.io.WrittenFile;
import io.tearsheet.model.Article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An output root on a local (or mounted network) file system, written with core's {@link AtomicFiles} and
 * {@link BagWriter}, so the Spark job and {@code tearsheet convert} leave the same files behind.
 */
public final class LocalOutputStore implements OutputStore {
    private final Path root;

    public LocalOutputStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<StoredFile> complete(String path) throws IOException {
        Path file = resolve(path);
        if (!AtomicFiles.isComplete(file)) {
            return Optional.empty();
        }
        String line = Files.readString(AtomicFiles.checksumPath(file), StandardCharsets.UTF_8);
        return Optional.of(new StoredFile(path, line.substring(0, 64), Files.size(file), false));
    }

    @Override
    public StoredFile write(String path, byte[] bytes) throws IOException {
        WrittenFile written = AtomicFiles.writeWithChecksum(resolve(path), out -> out.write(bytes));
        return new StoredFile(path, written.sha256(), written.size(), true);
    }

    @Override
    public StoredFile inspect(String path) throws IOException {
        Path file = resolve(path);
        return new StoredFile(path, Sha256.hex(file), Files.size(file), false);
    }

    @Override
    public Optional<StoredFile> completeBag(String path) throws IOException {
        Path bag = resolve(path);
        if (!Files.isDirectory(bag) || !BagVerifier.verify(bag).isValid()) {
            return Optional.empty();
        }
        return Optional.of(describeBag(path, bag, false));
    }

    @Override
    public StoredFile writeBag(String path, Article article, List<ArticleExporter> exporters, String originalName,
                               byte[] original, List<String> warnings) throws IOException {
        Path bag = resolve(path);
        BagWriter.builder().exporters(exporters).build().write(bag, article, originalName, original, warnings);
        return describeBag(path, bag, true);
    }

    @Override
    public int removeStaleTemporaries(String folder) throws IOException {
        Path directory = resolve(folder);
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : entries.toList()) {
                if (StaleTemporaries.isTemporary(String.valueOf(entry.getFileName()))) {
                    deleteTree(entry);
                    removed++;
                }
            }
        }
        return removed;
    }

    /** A bag's identity is its tag manifest: it fixes the manifest, which fixes every payload file. */
    static StoredFile describeBag(String path, Path bag, boolean written) throws IOException {
        String sha256 = Sha256.hex(bag.resolve(HadoopOutputStore.TAG_MANIFEST));
        long size;
        try (Stream<Path> files = Files.walk(bag)) {
            size = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        return new StoredFile(path, sha256, size, written);
    }

    static void deleteTree(Path top) throws IOException {
        try (Stream<Path> walk = Files.walk(top)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private Path resolve(String path) {
        return FileNames.resolveInside(root, path);
    }
}

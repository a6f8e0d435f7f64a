package io.tearsheet.spark.internal;

import io.tearsheet.bag.BagWriter;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.io.AtomicFiles;
import io.tearsheet.io.Sha256;
import io.tearsheet.model.Article;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An output root on any Hadoop-compatible file system (HDFS, S3A, ABFS, GCS...). Each file is written under a hidden
 * temporary name unique to the task attempt and renamed into place; a bag is assembled on local disk by core's
 * {@link BagWriter}, uploaded into a hidden folder and renamed into place as a whole, with its tag manifest uploaded
 * last. A rename refused because another attempt got there first is fine when that attempt wrote the same bytes,
 * which it did: outputs are deterministic.
 *
 * <p>On HDFS a rename is atomic. On object stores it is a copy, but an object appears only when completely written,
 * so a reader still never sees a partial file under its final name.
 */
public final class HadoopOutputStore implements OutputStore {
    /** The file a bag writer writes last, and the one that fixes the whole bag. */
    static final String TAG_MANIFEST = "tagmanifest-sha512.txt";

    private final FileSystem fileSystem;
    private final Path root;
    private final String attempt;

    /**
     * @param attempt digits that tell this writer's temporary names from any other's (Spark's task attempt id)
     */
    public HadoopOutputStore(FileSystem fileSystem, Path root, String attempt) {
        this.fileSystem = Objects.requireNonNull(fileSystem, "fileSystem must not be null");
        this.root = fileSystem.makeQualified(root);
        if (!attempt.matches("[0-9]+")) {
            throw new IllegalArgumentException("attempt must be digits: " + attempt);
        }
        this.attempt = attempt;
    }

    @Override
    public Optional<StoredFile> complete(String path) throws IOException {
        Path file = resolve(path);
        Path sidecar = sidecar(file);
        String line;
        try {
            line = new String(readAll(sidecar), StandardCharsets.UTF_8);
        } catch (FileNotFoundException e) {
            return Optional.empty();
        }
        if (line.indexOf(' ') != 64 || !fileSystem.exists(file)) {
            return Optional.empty();
        }
        String expected = line.substring(0, 64);
        if (!expected.equals(sha256(path))) {
            return Optional.empty();
        }
        return Optional.of(new StoredFile(path, expected, fileSystem.getFileStatus(file).getLen(), false));
    }

    @Override
    public StoredFile write(String path, byte[] bytes) throws IOException {
        Path file = resolve(path);
        String sha256 = Sha256.hex(bytes);
        writeAtomically(file, bytes);
        String line = sha256 + "  " + file.getName() + "\n";
        writeAtomically(sidecar(file), line.getBytes(StandardCharsets.UTF_8));
        return new StoredFile(path, sha256, bytes.length, true);
    }

    @Override
    public StoredFile inspect(String path) throws IOException {
        return new StoredFile(path, sha256(path), fileSystem.getFileStatus(resolve(path)).getLen(), false);
    }

    private String sha256(String path) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = fileSystem.open(resolve(path))) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public Optional<StoredFile> completeBag(String path) throws IOException {
        Path bag = resolve(path);
        // The bag folder only ever appears under its name complete, tag manifest included.
        if (!fileSystem.exists(new Path(bag, TAG_MANIFEST))) {
            return Optional.empty();
        }
        return Optional.of(describeBag(path, false));
    }

    @Override
    public StoredFile writeBag(String path, Article article, List<ArticleExporter> exporters, String originalName,
                               byte[] original, List<String> warnings) throws IOException {
        Path bag = resolve(path);
        java.nio.file.Path local = Files.createTempDirectory("tearsheet-bag-");
        try {
            java.nio.file.Path localBag = local.resolve(bag.getName());
            BagWriter.builder().exporters(exporters).build().write(localBag, article, originalName, original, warnings);
            Path temp = temporary(bag);
            fileSystem.delete(temp, true);
            try {
                upload(localBag, temp);
                placeBag(temp, bag);
            } finally {
                fileSystem.delete(temp, true);
            }
        } finally {
            LocalOutputStore.deleteTree(local);
        }
        return describeBag(path, true);
    }

    @Override
    public int removeStaleTemporaries(String folder) throws IOException {
        FileStatus[] entries;
        try {
            entries = fileSystem.listStatus(resolve(folder));
        } catch (FileNotFoundException e) {
            return 0;
        }
        int removed = 0;
        for (FileStatus entry : entries) {
            if (StaleTemporaries.isTemporary(entry.getPath().getName()) && fileSystem.delete(entry.getPath(), true)) {
                removed++;
            }
        }
        return removed;
    }

    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = temporary(target);
        boolean placed = false;
        try {
            try (FSDataOutputStream out = fileSystem.create(temp, true)) {
                out.write(bytes);
            }
            if (!fileSystem.rename(temp, target)) {
                // HDFS refuses to rename onto an existing file. Identical bytes: another attempt finished first.
                if (fileSystem.exists(target) && Arrays.equals(readAll(target), bytes)) {
                    return;
                }
                fileSystem.delete(target, false);
                if (!fileSystem.rename(temp, target)) {
                    throw new IOException("cannot rename " + temp + " to " + target);
                }
            }
            placed = true;
        } finally {
            if (!placed) {
                fileSystem.delete(temp, false);
            }
        }
    }

    /** Copies a finished local bag into {@code temp}, the tag manifest last. */
    private void upload(java.nio.file.Path localBag, Path temp) throws IOException {
        List<java.nio.file.Path> files;
        try (Stream<java.nio.file.Path> walk = Files.walk(localBag)) {
            files = walk.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing((java.nio.file.Path f) -> f.getFileName().toString()
                            .equals(TAG_MANIFEST)).thenComparing(java.nio.file.Path::toString))
                    .toList();
        }
        for (java.nio.file.Path file : files) {
            String relative = localBag.relativize(file).toString().replace('\\', '/');
            try (FSDataOutputStream out = fileSystem.create(new Path(temp, relative), true)) {
                Files.copy(file, out);
            }
        }
    }

    private void placeBag(Path temp, Path bag) throws IOException {
        if (fileSystem.exists(new Path(bag, TAG_MANIFEST))) {
            // Written again on purpose (no resume): the old bag goes first. Another attempt's identical bag is
            // replaced by an identical one.
            fileSystem.delete(bag, true);
        }
        if (!fileSystem.rename(temp, bag)) {
            throw new IOException("cannot rename " + temp + " to " + bag);
        }
        // Renaming onto a folder that appeared meanwhile moves into it: undo that, the bag there is complete.
        fileSystem.delete(new Path(bag, temp.getName()), true);
    }

    private StoredFile describeBag(String path, boolean written) throws IOException {
        Path bag = resolve(path);
        return new StoredFile(path, sha256(path + "/" + TAG_MANIFEST),
                fileSystem.getContentSummary(bag).getLength(), written);
    }

    private byte[] readAll(Path file) throws IOException {
        try (FSDataInputStream in = fileSystem.open(file)) {
            return in.readAllBytes();
        }
    }

    private Path temporary(Path target) {
        return new Path(target.getParent(), "." + target.getName() + "." + attempt + ".part");
    }

    private static Path sidecar(Path file) {
        return new Path(file.getParent(), file.getName() + AtomicFiles.CHECKSUM_EXTENSION);
    }

    private Path resolve(String path) {
        if (path.startsWith("/") || Arrays.asList(path.split("/")).contains("..")) {
            throw new IllegalArgumentException("'" + path + "' would be written outside " + root);
        }
        return new Path(root, path);
    }
}

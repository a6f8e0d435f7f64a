package io.tearsheet.bag;

import io.tearsheet.Tearsheet;
import io.tearsheet.batch.BatchInput;
import io.tearsheet.batch.InputAction;
import io.tearsheet.batch.Outcome;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.ExportTimestamp;
import io.tearsheet.io.FileNames;
import io.tearsheet.model.ArchiveRecord;
import io.tearsheet.model.Article;
import io.tearsheet.model.Metadata;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes one BagIt bag (RFC 8493, version 1.0) per article: the original input under {@code data/original/}, the
 * article in every requested format under {@code data/}, {@code manifest-sha512.txt}, {@code bagit.txt},
 * {@code bag-info.txt} (headline, canonical URL, bagging date, {@code Payload-Oxum}) and {@code tagmanifest-sha512.txt}.
 *
 * <p>An article read from a web archive ({@link io.tearsheet.model.Provenance#archive()}) has its record named in
 * {@code bag-info.txt} under the WARC header names: {@code WARC-Filename}, {@code WARC-Record-Offset} (the byte
 * offset of the record, of its gzip member in a compressed file), {@code WARC-Type}, {@code WARC-Record-ID},
 * {@code WARC-Target-URI}, {@code WARC-Date} and {@code WARC-Payload-Digest}; its original under {@code data/original/}
 * is the record itself, a WARC file of one record.
 *
 * <p>Bags are byte-reproducible: the only date written is the bagging date, taken from {@code SOURCE_DATE_EPOCH}, else
 * the article's publication date, else 1980-01-01 ({@link ExportTimestamp}). A bag is assembled in a hidden folder and
 * renamed into place when complete, so no half-made bag ever carries the final name. Used as a batch action, it
 * writes {@code OUT/<folder>/<name>/}; with {@link Builder#resume(boolean)} a bag that already verifies is skipped.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8493">RFC 8493: The BagIt File Packaging Format</a>
 * @since 0.1.0
 */
public final class BagWriter implements InputAction {
    static final String ALGORITHM = "sha512";

    private final Path outputDirectory;
    private final List<ArticleExporter> exporters;
    private final boolean resume;

    private BagWriter(Builder builder) {
        this.outputDirectory = builder.outputDirectory;
        this.exporters = List.copyOf(builder.exporters);
        this.resume = builder.resume;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Outcome apply(BatchInput input) throws IOException {
        Objects.requireNonNull(outputDirectory, "a bag writer used as a batch action needs an output directory");
        Path folder = input.folder().isEmpty() ? outputDirectory
                : FileNames.resolveInside(outputDirectory, input.folder());
        if (resume && input.baseName() != null) {
            Path existing = folder.resolve(input.baseName());
            if (Files.isDirectory(existing) && BagVerifier.verify(existing).isValid()) {
                return Outcome.skipped(List.of(existing));
            }
        }
        byte[] original = input.content();
        Article article = input.read(original);
        String name = input.outputName(article);
        Path bag = FileNames.resolveInside(folder, name);
        List<String> warnings = new ArrayList<>();
        write(bag, article, input.originalName(original), original, warnings);
        return Outcome.done(List.of(bag), warnings);
    }

    /**
     * Writes the bag of {@code article} at {@code bag}, replacing any bag already there.
     *
     * @param originalName the file name the original input gets under {@code data/original/}
     * @param original     the input's bytes, exactly as read
     * @param warnings     receives what the exporters had to change
     */
    public void write(Path bag, Article article, String originalName, byte[] original, List<String> warnings)
            throws IOException {
        Path parent = bag.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + bag.getFileName() + ".");
        try {
            Map<String, String> payload = new TreeMap<>();
            long[] octets = {0};
            payload.put("data/original/" + FileNames.safeName(originalName),
                    writeFile(temp, "data/original/" + FileNames.safeName(originalName), out -> out.write(original),
                            octets));
            String stem = FileNames.safeName(String.valueOf(bag.getFileName()));
            for (ArticleExporter exporter : exporters) {
                String path = "data/" + stem + "." + exporter.format().extension();
                ExportReport[] report = new ExportReport[1];
                payload.put(path, writeFile(temp, path, out -> report[0] = exporter.export(article, out), octets));
                for (String warning : report[0].warnings()) {
                    warnings.add(exporter.format().name() + ": " + warning);
                }
            }
            Map<String, String> tags = new TreeMap<>();
            tags.put("bagit.txt", writeText(temp, "bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));
            tags.put("bag-info.txt", writeText(temp, "bag-info.txt", bagInfo(article, octets[0], payload.size())));
            tags.put("manifest-" + ALGORITHM + ".txt", writeText(temp, "manifest-" + ALGORITHM + ".txt",
                    BagFiles.manifest(payload)));
            writeText(temp, "tagmanifest-" + ALGORITHM + ".txt", BagFiles.manifest(tags));
            replace(temp, bag.toAbsolutePath());
            temp = null;
        } finally {
            if (temp != null) {
                BagFiles.deleteTree(temp);
            }
        }
    }

    private static String bagInfo(Article article, long octets, int files) {
        Metadata m = article.metadata();
        Instant stamp = ExportTimestamp.of(article);
        StringBuilder info = new StringBuilder();
        info.append("Bag-Software-Agent: Tearsheet ").append(Tearsheet.version()).append('\n');
        info.append("Bagging-Date: ").append(stamp.atOffset(ZoneOffset.UTC).toLocalDate()).append('\n');
        info.append("External-Description: ").append(BagFiles.oneLine(m.headline())).append('\n');
        if (m.canonicalUrl() != null) {
            info.append("External-Identifier: ").append(BagFiles.oneLine(m.canonicalUrl())).append('\n');
            info.append("Source-URL: ").append(BagFiles.oneLine(m.canonicalUrl())).append('\n');
        }
        if (m.publisher() != null) {
            info.append("Source-Organization: ").append(BagFiles.oneLine(m.publisher())).append('\n');
        }
        if (m.published() != null) {
            info.append("Date-Published: ").append(m.published().value()).append('\n');
        }
        ArchiveRecord archive = article.provenance().archive();
        if (archive != null) {
            // Where in a web archive the original came from, under the WARC header names (ISO 28500), so that the
            // original record can be found again in the archive itself.
            info.append("WARC-Filename: ").append(BagFiles.oneLine(archive.file())).append('\n');
            info.append("WARC-Record-Offset: ").append(archive.offset()).append('\n');
            info.append("WARC-Type: ").append(BagFiles.oneLine(archive.recordType())).append('\n');
            info.append("WARC-Record-ID: ").append(BagFiles.oneLine(archive.recordId())).append('\n');
            if (archive.targetUri() != null) {
                info.append("WARC-Target-URI: ").append(BagFiles.oneLine(archive.targetUri())).append('\n');
            }
            if (archive.date() != null) {
                info.append("WARC-Date: ").append(BagFiles.oneLine(archive.date())).append('\n');
            }
            if (archive.payloadDigest() != null) {
                info.append("WARC-Payload-Digest: ").append(BagFiles.oneLine(archive.payloadDigest())).append('\n');
            }
        }
        info.append("Bag-Size: ").append(humanSize(octets)).append('\n');
        info.append("Payload-Oxum: ").append(octets).append('.').append(files).append('\n');
        return info.toString();
    }

    private static String humanSize(long octets) {
        if (octets < 1024) {
            return octets + " B";
        }
        double kb = octets / 1024.0;
        return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static String writeFile(Path bag, String relative, Content content, long[] octets) throws IOException {
        Path file = bag.resolve(relative);
        Files.createDirectories(file.getParent());
        BagFiles.DigestingStream out = new BagFiles.DigestingStream(Files.newOutputStream(file), ALGORITHM);
        try (out) {
            content.writeTo(out);
        }
        octets[0] += out.count();
        return out.hex();
    }

    private static String writeText(Path bag, String relative, String text) throws IOException {
        return writeFile(bag, relative, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), new long[1]);
    }

    /** Puts the finished bag in place; an older bag of the same name is moved aside first, then removed. */
    private static void replace(Path finished, Path bag) throws IOException {
        Path old = null;
        if (Files.exists(bag)) {
            old = Files.createTempDirectory(bag.getParent(), "." + bag.getFileName() + ".old.");
            Files.delete(old);
            Files.move(bag, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(finished, bag, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            BagFiles.deleteTree(old);
        }
    }

    /** Configures a {@link BagWriter}. */
    public static final class Builder {
        private Path outputDirectory;
        private final List<ArticleExporter> exporters = new ArrayList<>();
        private boolean resume;

        private Builder() {
        }

        /** Where bags go, one folder each. Required when used as a batch action. */
        public Builder outputDirectory(Path outputDirectory) {
            this.outputDirectory = outputDirectory;
            return this;
        }

        /** The formats each bag holds besides the original (default: none). */
        public Builder exporters(List<ArticleExporter> exporters) {
            this.exporters.clear();
            this.exporters.addAll(exporters);
            return this;
        }

        /** Skip inputs whose bag already exists and verifies (default: write every bag again). */
        public Builder resume(boolean resume) {
            this.resume = resume;
            return this;
        }

        public BagWriter build() {
            return new BagWriter(this);
        }
    }
}

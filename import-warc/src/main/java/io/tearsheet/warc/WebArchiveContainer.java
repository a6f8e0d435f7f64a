package io.tearsheet.warc;

import io.tearsheet.batch.ArticleContainer;
import io.tearsheet.batch.BatchInput;
import io.tearsheet.batch.ContainedArticle;
import io.tearsheet.batch.ContainerListing;
import io.tearsheet.batch.ContainerOptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Web archives as {@link ArticleContainer}s, so that {@link io.tearsheet.batch.BatchInputs#expand} (and with it
 * {@code tearsheet convert}, {@code book}, {@code archive}) takes {@code .warc}, {@code .warc.gz}, {@code .wet} and
 * {@code .wet.gz} files: each page becomes one input, read by {@link WarcArticles}. A file given by name is also taken
 * when its first bytes are a WARC record, compressed or not, whatever its name.
 *
 * @since 0.1.0
 */
public final class WebArchiveContainer implements ArticleContainer {
    private static final Set<String> EXTENSIONS = Set.of("warc", "warc.gz", "wet", "wet.gz");
    private static final byte[] MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    /** The container {@link java.util.ServiceLoader} makes. */
    public WebArchiveContainer() {
    }

    @Override
    public String name() {
        return "web archive";
    }

    @Override
    public Set<String> extensions() {
        return EXTENSIONS;
    }

    @Override
    public boolean accepts(Path file) throws IOException {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        for (String extension : EXTENSIONS) {
            if (name.endsWith("." + extension)) {
                return true;
            }
        }
        return startsWithRecord(file);
    }

    private static boolean startsWithRecord(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            try (GZIPInputStream gunzip = new GZIPInputStream(new java.io.ByteArrayInputStream(head))) {
                head = gunzip.readNBytes(MAGIC.length);
            } catch (IOException e) {
                return false;
            }
        }
        return head.length >= MAGIC.length && java.util.Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    @Override
    public ContainerListing list(List<Path> files, ContainerOptions options) throws IOException {
        ArchiveListing listing = WarcArticles.builder().selection(options).build().list(files);
        List<BatchInput> inputs = new ArrayList<>();
        for (ContainedArticle entry : listing.entries()) {
            inputs.add(BatchInput.contained(entry));
        }
        return new ContainerListing(inputs, listing.notes());
    }
}

package io.tearsheet.warc;

import io.tearsheet.batch.ContainerOptions;
import io.tearsheet.warc.internal.PayloadKind;
import io.tearsheet.warc.internal.RecordFacts;
import io.tearsheet.warc.internal.RecordScanner;
import io.tearsheet.warc.internal.Scanned;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The records of one web archive in one pass, each with its disposition and, for pages, its bytes: for jobs that
 * read each file on its own, such as one Spark task per file, in the memory of one record. A revisit is a
 * {@link Disposition#REVISIT_OF_PAGE} when its original is a page earlier in the same file, else
 * {@link Disposition#REVISIT_UNRESOLVED} (a stream sees no other file). Pages are not named: a stream's caller names
 * them (by file and offset, which are unique). Not thread-safe.
 *
 * <pre>{@code
 * try (ArchiveStream stream = warc.stream("crawl.warc.gz", FileChannel.open(path))) {
 *     for (StreamedRecord r; (r = stream.next()) != null; ) {
 *         if (r.bytes() != null) {
 *             Article article = warc.read(r.bytes(), "crawl.warc.gz", r.record().offset());
 *         }
 *     }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ArchiveStream implements Closeable {
    private final RecordScanner scanner;
    private final Path file;
    private final ContainerOptions selection;
    private final long maxRecordBytes;
    private final Set<String> pagesSeen = new HashSet<>();

    ArchiveStream(RecordScanner scanner, Path file, ContainerOptions selection, long maxRecordBytes) {
        this.scanner = scanner;
        this.file = file;
        this.selection = selection;
        this.maxRecordBytes = maxRecordBytes;
    }

    /**
     * The next record, or null after the last one.
     *
     * @throws IOException when the file cannot be read (damage in it is reported as {@link Disposition#DAMAGED}
     *                     records, not thrown)
     */
    public StreamedRecord next() throws IOException {
        Scanned scanned = scanner.next();
        if (scanned == null) {
            return null;
        }
        RecordFacts f = scanned.facts();
        ArchivedRecord record = new ArchivedRecord(file, f.offset(), f.length(), f.type(), f.recordId(),
                f.targetUri(), f.date(), f.payloadDigest(), f.httpStatus(), f.contentType(), Disposition.OTHER, null);
        if (scanned.damage() != null) {
            return new StreamedRecord(record.as(Disposition.DAMAGED, scanned.damage()), null);
        }
        String type = f.type() == null ? "" : f.type();
        Disposition disposition;
        String detail = null;
        if (f.segmented()) {
            disposition = Disposition.OTHER;
        } else {
            switch (type) {
                case "warcinfo" -> disposition = Disposition.WARCINFO;
                case "request" -> disposition = Disposition.REQUEST;
                case "metadata" -> disposition = Disposition.METADATA;
                case "revisit" -> {
                    boolean seen = (f.refersTo() != null && pagesSeen.contains("id " + f.refersTo().strip()))
                            || (f.payloadDigest() != null && pagesSeen.contains("digest " + f.payloadDigest().strip()));
                    disposition = !selection.selects(f.targetUri()) ? Disposition.EXCLUDED
                            : seen ? Disposition.REVISIT_OF_PAGE : Disposition.REVISIT_UNRESOLVED;
                }
                case "response", "resource", "conversion" -> {
                    boolean page = f.kind() == PayloadKind.HTML || f.kind() == PayloadKind.TEXT;
                    if ("response".equals(type) && f.httpStatus() != 0 && f.httpStatus() != 200) {
                        disposition = Disposition.NOT_OK;
                        detail = "HTTP status " + f.httpStatus();
                    } else if (!page) {
                        disposition = Disposition.NOT_HTML;
                    } else if (f.length() > maxRecordBytes) {
                        disposition = Disposition.TOO_LARGE;
                    } else if (!selection.selects(f.targetUri())) {
                        disposition = Disposition.EXCLUDED;
                    } else {
                        disposition = Disposition.PAGE;
                    }
                }
                default -> disposition = Disposition.OTHER;
            }
        }
        ArchivedRecord placed = record.as(disposition, detail);
        if (disposition != Disposition.PAGE) {
            return new StreamedRecord(placed, null);
        }
        if (f.recordId() != null) {
            pagesSeen.add("id " + f.recordId().strip());
        }
        if (f.payloadDigest() != null) {
            pagesSeen.add("digest " + f.payloadDigest().strip());
        }
        return new StreamedRecord(placed, scanner.bytesOf(f));
    }

    @Override
    public void close() throws IOException {
        scanner.close();
    }
}

package io.tearsheet.warc;

import io.tearsheet.batch.ContainedArticle;
import io.tearsheet.export.ImageResolver;
import io.tearsheet.model.Article;
import io.tearsheet.warc.internal.CaptureReading;
import io.tearsheet.warc.internal.RecordBytes;

import java.io.IOException;
import java.util.Objects;

/**
 * A page of a web archive to read: its record, the record whose payload holds the page (the same one, or, for a
 * revisit, the capture it revisits), and the names its outputs get. Reading fetches the record's bytes from the file
 * when asked, so a listing of any size holds no payloads. Made into a batch input with
 * {@link io.tearsheet.batch.BatchInput#contained(ContainedArticle)}.
 *
 * <pre>{@code
 * for (ArchivedPage page : listing.pages()) {
 *     Article article = page.read();   // NoArticleException for an index or error page
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ArchivedPage implements ContainedArticle {
    private final ArchivedRecord record;
    private final ArchivedRecord payloadRecord;
    private final String folder;
    private final String baseName;
    private final CaptureReading reading;
    private final ImageResolver images;
    private final boolean compressed;

    ArchivedPage(ArchivedRecord record, ArchivedRecord payloadRecord, String folder, String baseName,
                 boolean compressed, CaptureReading reading, ImageResolver images) {
        this.compressed = compressed;
        this.record = Objects.requireNonNull(record, "record");
        this.payloadRecord = Objects.requireNonNull(payloadRecord, "payloadRecord");
        this.folder = folder;
        this.baseName = baseName;
        this.reading = reading;
        this.images = images;
    }

    /** The page's record: a response, resource, conversion, or a revisit resolved to its original. */
    public ArchivedRecord record() {
        return record;
    }

    /** The record whose payload is the page: {@link #record()} itself, or the capture a revisit revisits. */
    public ArchivedRecord payloadRecord() {
        return payloadRecord;
    }

    /** {@code crawl.warc.gz@1234 (https://news.example/2024/03/harbour-clocks)}. */
    @Override
    public String displayName() {
        return record.place() + (record.targetUri() == null ? "" : " (" + record.targetUri() + ")");
    }

    /** The page's host, made safe, or empty for a page without a web address. */
    @Override
    public String folder() {
        return folder;
    }

    /** The page's path made a safe file name, unique in its listing (see the class comment of the listing). */
    @Override
    public String baseName() {
        return baseName;
    }

    /** The base name with {@code .warc.gz} or {@code .warc}, as {@link #original()} is compressed or not. */
    @Override
    public String originalName() {
        return baseName + (compressed ? ".warc.gz" : ".warc");
    }

    /**
     * The record's bytes, exactly as the file holds them: a WARC file of one record (of its gzip member, when
     * compressed). For a revisit, the record of the capture it revisits follows, so the bytes hold the page.
     */
    @Override
    public byte[] original() throws IOException {
        byte[] own = RecordBytes.read(record.file(), record.offset(), record.length());
        if (payloadRecord == record) {
            return own;
        }
        return RecordBytes.join(own, RecordBytes.read(payloadRecord.file(), payloadRecord.offset(),
                payloadRecord.length()));
    }

    /**
     * Reads the page from the bytes {@link #original()} returned.
     *
     * @throws io.tearsheet.read.NoArticleException when the page is not an article
     * @throws io.tearsheet.read.ReadException      when it cannot be read
     */
    @Override
    public Article read(byte[] original) {
        return reading.read(original, record.fileName(), record.offset());
    }

    /** Images of the page's figures, found among the archive's own captures. */
    @Override
    public ImageResolver images() {
        return images;
    }

    @Override
    public String toString() {
        return displayName();
    }
}

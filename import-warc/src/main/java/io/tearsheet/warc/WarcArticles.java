package io.tearsheet.warc;

import io.tearsheet.batch.ContainerOptions;
import io.tearsheet.export.ImageLimits;
import io.tearsheet.html.HtmlReader;
import io.tearsheet.model.Article;
import io.tearsheet.read.PlainTextReader;
import io.tearsheet.warc.internal.CaptureReading;
import io.tearsheet.warc.internal.RecordScanner;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Reads web archives, WARC and WET files (ISO 28500), into articles: one per captured page. The entry point of
 * {@code tearsheet-import-warc}.
 *
 * <pre>{@code
 * WarcArticles warc = WarcArticles.builder()
 *         .selection(ContainerOptions.builder().exclude(Pattern.compile("/(tag|author)/")).build())
 *         .build();
 * ArchiveListing listing = warc.list(List.of(Path.of("crawl.warc.gz")));
 * listing.notes().forEach(System.err::println);   // crawl.warc.gz: 14 records, 6 to read; left out 6 request, …
 * for (ArchivedPage page : listing.pages()) {
 *     try {
 *         Article article = page.read();           // provenance names the file, offset and WARC-Record-ID
 *     } catch (NoArticleException e) {
 *         // an index, tag or error page
 *     }
 * }
 * }</pre>
 *
 * <p>Which records are read:
 * <ul>
 *   <li>{@code response} records with HTTP status 200 and an HTML {@code Content-Type} (or none, and HTML by their
 *       first bytes), and {@code resource} records holding HTML (what browser-based crawlers write), go through the
 *       {@link HtmlReader}, with the capture's address as the base of relative links. The charset comes from the
 *       HTTP header, then from the page; chunked transfer coding and gzip, deflate or brotli content coding are
 *       undone.</li>
 *   <li>{@code conversion} records of WET files (the text Common Crawl extracts) go through the
 *       {@link PlainTextReader}; their lines, one block each, become paragraphs.</li>
 *   <li>A {@code revisit} gives no second article of a payload: when its original (found by {@code WARC-Refers-To},
 *       by the address and date it refers to, or by payload digest) is read in the same run, it is left out; when the
 *       original is not read (left out by the selection, or only in the files of originals given with
 *       {@link ContainerOptions#related()}), the revisit is read with the original's payload; when the original is
 *       nowhere, it is left out as unresolved.</li>
 *   <li>{@code request}, {@code metadata} and {@code warcinfo} records, other statuses and other payloads are left
 *       out and counted.</li>
 * </ul>
 * A page that is not an article (an index, tag or error page) throws {@link io.tearsheet.read.NoArticleException}:
 * the reader found no article, or the page's running text is shorter than {@link Builder#minWords(int)} words, or
 * mostly links. A damaged record (a truncated gzip member, a bad header, a wrong length) is listed with its file,
 * offset and damage, and the records after it are still read.
 *
 * <p>Each article's {@link io.tearsheet.model.Provenance} names its record ({@link
 * io.tearsheet.model.ArchiveRecord}: file name, byte offset, {@code WARC-Type}, {@code WARC-Record-ID}, {@code
 * WARC-Target-URI}, {@code WARC-Date}, {@code WARC-Payload-Digest}), and its {@code inputSha256} is the SHA-256 of the
 * page's own bytes (the payload, encodings undone), so that a page has the same digest in an archive as saved from
 * the browser.
 *
 * <p>Memory: listing holds the headers of each page (a few hundred bytes a page), never a payload; reading holds one
 * record at a time. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WarcArticles {
    /** The default limit on a page's payload, and so on a record read whole: 64 MiB, as the readers'. */
    public static final long DEFAULT_MAX_PAYLOAD_BYTES = 64L * 1024 * 1024;
    /** The default fewest words of running text an article has: 40, about two sentences. */
    public static final int DEFAULT_MIN_WORDS = 40;
    /** The default largest share of link text in an article's running text: one half. */
    public static final double DEFAULT_MAX_LINK_SHARE = 0.5;

    private final ContainerOptions selection;
    private final long maxPayloadBytes;
    private final ImageLimits imageLimits;
    private final CaptureReading reading;

    private WarcArticles(Builder builder) {
        this.selection = builder.selection;
        this.maxPayloadBytes = builder.maxPayloadBytes;
        this.imageLimits = builder.imageLimits;
        this.reading = new CaptureReading(builder.html, builder.text, builder.maxPayloadBytes, builder.minWords,
                builder.maxLinkShare);
    }

    /** Web archive reading with the defaults: every record selected, the default readers and limits. */
    public static WarcArticles create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Lists the pages of {@code archives} (and the files of originals the selection names, which are read only to
     * resolve revisits), reading each file once.
     *
     * @throws IOException when a file cannot be opened or read at all
     */
    public ArchiveListing list(List<Path> archives) throws IOException {
        return listing(archives, false);
    }

    /** {@link #list} that also keeps every record with its disposition, for {@link ArchiveListing#records()}. */
    public ArchiveListing listEveryRecord(List<Path> archives) throws IOException {
        return listing(archives, true);
    }

    private ArchiveListing listing(List<Path> archives, boolean everyRecord) throws IOException {
        return new ListingBuilder(selection, reading, maxPayloadBytes, imageLimits, everyRecord)
                .build(List.copyOf(archives), selection.related());
    }

    /**
     * The records of one archive in one pass; see {@link ArchiveStream}. The stream closes {@code channel}.
     *
     * @param fileName the archive's file name, for the records' provenance
     * @throws IOException when the channel cannot be read
     */
    public ArchiveStream stream(String fileName, SeekableByteChannel channel) throws IOException {
        return new ArchiveStream(new RecordScanner(channel), Path.of(fileName), selection, maxPayloadBytes * 2 + 65536);
    }

    /**
     * Reads the page of one record from the record's bytes (a WARC file of that record, compressed or not, as
     * {@link ArchivedPage#original()} or {@link StreamedRecord#bytes()} give it).
     *
     * @param fileName the archive file the record is from, for its provenance
     * @param offset   the record's offset in that file
     * @throws io.tearsheet.read.NoArticleException when the page is not an article
     * @throws io.tearsheet.read.ReadException      when the record is damaged or the page cannot be read
     */
    public Article read(byte[] recordBytes, String fileName, long offset) {
        Objects.requireNonNull(recordBytes, "recordBytes must not be null");
        return reading.read(recordBytes, fileName, offset);
    }

    /** Configures {@link WarcArticles}. */
    public static final class Builder {
        private ContainerOptions selection = ContainerOptions.DEFAULT;
        private HtmlReader html = HtmlReader.create();
        private PlainTextReader text = PlainTextReader.create();
        private long maxPayloadBytes = DEFAULT_MAX_PAYLOAD_BYTES;
        private int minWords = DEFAULT_MIN_WORDS;
        private double maxLinkShare = DEFAULT_MAX_LINK_SHARE;
        private ImageLimits imageLimits = ImageLimits.DEFAULT;

        private Builder() {
        }

        /**
         * Which pages to read, by address ({@code include}, {@code exclude}), and the files of originals that
         * revisits may point into ({@code related}). Default: every page, no files of originals.
         */
        public Builder selection(ContainerOptions selection) {
            this.selection = Objects.requireNonNull(selection, "selection must not be null");
            return this;
        }

        /** The reader of HTML pages (default {@link HtmlReader#create()}). */
        public Builder htmlReader(HtmlReader html) {
            this.html = Objects.requireNonNull(html, "html must not be null");
            return this;
        }

        /** The reader of WET text (default {@link PlainTextReader#create()}). */
        public Builder textReader(PlainTextReader text) {
            this.text = Objects.requireNonNull(text, "text must not be null");
            return this;
        }

        /** The largest payload read (default {@value #DEFAULT_MAX_PAYLOAD_BYTES} bytes); larger pages are left out. */
        public Builder maxPayloadBytes(long maxPayloadBytes) {
            if (maxPayloadBytes < 1) {
                throw new IllegalArgumentException("maxPayloadBytes must be positive, was " + maxPayloadBytes);
            }
            this.maxPayloadBytes = maxPayloadBytes;
            return this;
        }

        /**
         * The fewest words of running text a page needs to count as an article (default {@value #DEFAULT_MIN_WORDS});
         * 0 keeps every page the reader finds text in.
         */
        public Builder minWords(int minWords) {
            if (minWords < 0) {
                throw new IllegalArgumentException("minWords must not be negative, was " + minWords);
            }
            this.minWords = minWords;
            return this;
        }

        /**
         * The largest share of an article's running text that may be the text of links (default one half); a page
         * above it is an index or tag page. 1 turns the check off.
         */
        public Builder maxLinkShare(double maxLinkShare) {
            if (!(maxLinkShare >= 0 && maxLinkShare <= 1)) {
                throw new IllegalArgumentException("maxLinkShare must be between 0 and 1, was " + maxLinkShare);
            }
            this.maxLinkShare = maxLinkShare;
            return this;
        }

        /** The limits on images read from the archive for figures (default {@link ImageLimits#DEFAULT}). */
        public Builder imageLimits(ImageLimits imageLimits) {
            this.imageLimits = Objects.requireNonNull(imageLimits, "imageLimits must not be null");
            return this;
        }

        public WarcArticles build() {
            return new WarcArticles(this);
        }
    }
}

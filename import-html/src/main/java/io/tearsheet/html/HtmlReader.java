package io.tearsheet.html;

import io.tearsheet.html.internal.PageReading;
import io.tearsheet.model.Article;
import io.tearsheet.quotes.QuoteAttributor;
import io.tearsheet.read.ArticleReader;
import io.tearsheet.read.ReadException;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a saved web page into an {@link Article}: it finds the article among the page's navigation, share bars,
 * advertising, related links and comments, and keeps its metadata, structure, figures and quotations.
 *
 * <pre>{@code
 * HtmlReader reader = HtmlReader.builder().baseUri("https://news.example/2024/03/harbour-clocks").build();
 * Article article = reader.read(Path.of("harbour-clocks.html"));
 * }</pre>
 *
 * <p>What it does, in order:
 * <ol>
 *   <li>Decodes the bytes: a byte-order mark wins, then the page's own {@code <meta charset>}, then UTF-8
 *       (falling back to windows-1252 when the bytes are not UTF-8). Binary files and text without markup are
 *       refused.</li>
 *   <li>Reads the metadata from every place a page keeps it, most trusted first: JSON-LD
 *       ({@code NewsArticle}, {@code Article} and kin), Open Graph and {@code article:*} tags, other
 *       {@code <meta>} tags, {@code <time datetime>}, the visible byline and dateline, {@code <html lang>}, the
 *       canonical link.</li>
 *   <li>Finds the article body with explainable rules (text and link density, tag, class and id signals,
 *       paragraph shape) and maps it to paragraphs, subheadings, lists, block quotes (pull quotes marked as such),
 *       figures (caption, credit and alternative text apart), editors' notes and corrections.</li>
 *   <li>Sets typographic quotation marks and apostrophes ({@link io.tearsheet.read.Typography}) and hands the
 *       result to the same quotation pass as every other reader ({@link QuoteAttributor}); pull quotes are kept
 *       out of it, so their words are not counted twice.</li>
 * </ol>
 * Everything dropped is listed in the article's {@link io.tearsheet.model.Provenance#removed()} with a short reason
 * ({@code navigation}, {@code share}, {@code related}, {@code comments}, {@code newsletter}, {@code ads},
 * {@code cookie}, {@code bio}, …); doubtful decisions are in its notes.
 *
 * <p>Links and image addresses are made absolute against the page's address: the one passed to
 * {@link #read(byte[], URI)}, else the builder's {@link Builder#baseUri(URI) baseUri}, else the address the page
 * names itself (its {@code <base>}, the "saved from" comment browsers write, its canonical link). A page read from a
 * file with {@link #read(Path)} keeps images that were saved beside it as paths relative to that file, and notes
 * each image that is referenced but not there.
 *
 * <p>Hostile input is bounded: inputs above {@link Builder#maxInputBytes(long)} are refused before parsing, and no
 * step recurses over the page's nesting, so ten thousand nested elements cost time in proportion to their number.
 *
 * <p>Immutable and thread-safe; every call works on its own state.
 *
 * @since 0.1.0
 */
public final class HtmlReader implements ArticleReader {
    /** The media type this reader reads. */
    public static final String MEDIA_TYPE = "text/html";

    private final URI baseUri;
    private final long maxInputBytes;
    private final QuoteAttributor attributor;

    /** A reader with the defaults, the same as {@code builder().build()}; used by {@link java.util.ServiceLoader}. */
    public HtmlReader() {
        this(builder());
    }

    private HtmlReader(Builder builder) {
        this.baseUri = builder.baseUri;
        this.maxInputBytes = builder.maxInputBytes;
        this.attributor = builder.attributor;
    }

    /** A reader with the defaults: no page address, inputs up to 64 MiB (as the plain-text reader). */
    public static HtmlReader create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    /**
     * Reads a page from its bytes, with the builder's page address (if any).
     *
     * @throws ReadException when the input is too large, binary, not HTML, or holds no article
     */
    @Override
    public Article read(byte[] input) {
        return read(input, baseUri);
    }

    /**
     * Reads a page from its bytes, fetched from {@code pageUrl}: relative links and image addresses are resolved
     * against it.
     *
     * @param input   the page's bytes
     * @param pageUrl the page's absolute address, or null when unknown (then the builder's is used, if any)
     * @throws ReadException            when the input is too large, binary, not HTML, or holds no article
     * @throws IllegalArgumentException when {@code pageUrl} is not absolute
     */
    public Article read(byte[] input, URI pageUrl) {
        Objects.requireNonNull(input, "input must not be null");
        checkSize(input.length);
        return new PageReading(input, absolute(pageUrl == null ? baseUri : pageUrl), null, attributor).read();
    }

    /**
     * Reads a page saved as a file, usually with its images in a folder beside it. Images that exist on disk keep
     * their path relative to the file (as {@link io.tearsheet.model.Figure#source()} allows); images that do not are
     * resolved against the page address when there is one, and each is named in a provenance note.
     *
     * @throws IOException   when the file cannot be read
     * @throws ReadException when its content is too large, binary, not HTML, or holds no article
     */
    @Override
    public Article read(Path file) throws IOException {
        return read(file, baseUri);
    }

    /**
     * Reads a page saved as a file that was fetched from {@code pageUrl}; see {@link #read(Path)}.
     *
     * @param pageUrl the page's absolute address, or null when unknown
     * @throws IOException   when the file cannot be read
     * @throws ReadException when its content is too large, binary, not HTML, or holds no article
     */
    public Article read(Path file, URI pageUrl) throws IOException {
        Objects.requireNonNull(file, "file must not be null");
        checkSize(Files.size(file));
        byte[] input = Files.readAllBytes(file);
        checkSize(input.length);
        Path folder = file.toAbsolutePath().getParent();
        return new PageReading(input, absolute(pageUrl == null ? baseUri : pageUrl), folder, attributor).read();
    }

    private void checkSize(long size) {
        if (size > maxInputBytes) {
            throw new ReadException("the page has " + size + " bytes, more than the limit of " + maxInputBytes
                    + " (HtmlReader.Builder.maxInputBytes)");
        }
    }

    private static URI absolute(URI uri) {
        if (uri != null && !uri.isAbsolute()) {
            throw new IllegalArgumentException("the page address must be absolute, was " + uri);
        }
        return uri;
    }

    /** Configures an {@link HtmlReader}. */
    public static final class Builder {
        private URI baseUri;
        private long maxInputBytes = 64L * 1024 * 1024;
        private QuoteAttributor attributor = QuoteAttributor.create();

        private Builder() {
        }

        /**
         * The address the pages were fetched from, used to make relative links and image addresses absolute when a
         * call does not pass its own (default: none, so the page's own {@code <base>}, "saved from" comment or
         * canonical link is used, and otherwise relative addresses stay relative).
         *
         * @throws IllegalArgumentException when the address is not absolute
         */
        public Builder baseUri(URI baseUri) {
            this.baseUri = absolute(baseUri);
            return this;
        }

        /**
         * The page address as text, for example {@code "https://news.example/2024/03/story"}; see
         * {@link #baseUri(URI)}.
         *
         * @throws IllegalArgumentException when the text is not an absolute URI
         */
        public Builder baseUri(String baseUri) {
            if (baseUri == null) {
                this.baseUri = null;
                return this;
            }
            try {
                return baseUri(new URI(baseUri.strip()));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("not a URI: " + baseUri, e);
            }
        }

        /** The largest page accepted, in bytes (default 64 MiB); larger ones are refused before parsing. */
        public Builder maxInputBytes(long maxInputBytes) {
            if (maxInputBytes < 1) {
                throw new IllegalArgumentException("maxInputBytes must be positive, was " + maxInputBytes);
            }
            this.maxInputBytes = maxInputBytes;
            return this;
        }

        /**
         * The quotation pass (default {@link QuoteAttributor#create()}), the same one the plain-text reader uses, so
         * that a quotation in a {@code <p>} is found exactly as in text.
         */
        public Builder quoteAttributor(QuoteAttributor attributor) {
            this.attributor = Objects.requireNonNull(attributor, "attributor must not be null");
            return this;
        }

        public HtmlReader build() {
            return new HtmlReader(this);
        }
    }
}

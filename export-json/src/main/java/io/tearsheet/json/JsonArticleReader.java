package io.tearsheet.json;

import io.tearsheet.json.internal.ArticleJsonReading;
import io.tearsheet.json.internal.JsonOutput;
import io.tearsheet.json.internal.JsonTree;
import io.tearsheet.json.internal.Node;
import io.tearsheet.model.Article;
import io.tearsheet.read.ArticleReader;
import io.tearsheet.read.ReadException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads the Tearsheet JSON archive format back into an {@link Article}, losslessly:
 * {@code reader.read(exporter.toBytes(article))} equals {@code article}.
 *
 * <p>Bad input is refused with a {@link ReadException} whose {@link ReadException#location() location} is a JSON
 * Pointer to the offending value: malformed JSON, wrong types, missing or (in a document of this version) unknown
 * members, an unknown format, a newer major version, dangling quote or source ids, broken offsets. Hostile sizes are
 * refused before they cost memory: document length ({@link Builder#maxDocumentBytes}, default 256 MiB), string length
 * (default 64 Mi characters), nesting depth (1000 levels, the same limit the exporter keeps) and number length.
 * A document of a newer minor version of the same major version is read, ignoring members this version does not know.
 *
 * <pre>{@code
 * Article article = JsonArticleReader.create().read(Path.of("article.json"));
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JsonArticleReader implements ArticleReader {
    private final long maxDocumentBytes;
    private final JsonTree tree;

    /** A reader with the default limits, the same as {@link #create()}; used by {@link java.util.ServiceLoader}. */
    public JsonArticleReader() {
        this(builder());
    }

    private JsonArticleReader(Builder builder) {
        this.maxDocumentBytes = builder.maxDocumentBytes;
        this.tree = new JsonTree(builder.maxDocumentBytes, builder.maxStringLength);
    }

    /** A reader with the default limits. */
    public static JsonArticleReader create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    /**
     * @throws ReadException naming the JSON Pointer of the first problem
     */
    @Override
    public Article read(byte[] input) {
        Objects.requireNonNull(input, "input must not be null");
        if (input.length > maxDocumentBytes) {
            throw new ReadException("the document has " + input.length + " bytes, more than the limit of "
                    + maxDocumentBytes);
        }
        return ArticleJsonReading.read(new Node(tree.parse(input), ""));
    }

    @Override
    public Article read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > maxDocumentBytes) {
            throw new ReadException("the document has " + size + " bytes, more than the limit of " + maxDocumentBytes);
        }
        return read(Files.readAllBytes(file));
    }

    /** Configures a {@link JsonArticleReader}. */
    public static final class Builder {
        private long maxDocumentBytes = 256L * 1024 * 1024;
        private int maxStringLength = 64 * 1024 * 1024;

        private Builder() {
        }

        /** The largest document accepted, in bytes (default 256 MiB). */
        public Builder maxDocumentBytes(long maxDocumentBytes) {
            if (maxDocumentBytes < 1) {
                throw new IllegalArgumentException("maxDocumentBytes must be positive");
            }
            this.maxDocumentBytes = maxDocumentBytes;
            return this;
        }

        /** The longest string accepted, in characters (default 64 Mi). */
        public Builder maxStringLength(int maxStringLength) {
            if (maxStringLength < 1) {
                throw new IllegalArgumentException("maxStringLength must be positive");
            }
            this.maxStringLength = maxStringLength;
            return this;
        }

        public JsonArticleReader build() {
            return new JsonArticleReader(this);
        }
    }

    /** The deepest nesting accepted, the same as the exporter's limit. */
    public static int maxNestingDepth() {
        return JsonOutput.MAX_NESTING_DEPTH;
    }
}

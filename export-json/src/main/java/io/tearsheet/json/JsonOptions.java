package io.tearsheet.json;

import java.util.Objects;

/**
 * The options {@link JsonExporter} and {@link JsonLdExporter} share: how the JSON is laid out. Both exporters'
 * builders set them the same way ({@link Builder}) and both give theirs back, so the two views of an archive can
 * be written alike:
 *
 * <pre>{@code
 * JsonExporter archive = JsonExporter.builder().pretty(false).build();
 * JsonLdExporter view = JsonLdExporter.builder().options(archive.options()).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JsonOptions {
    private static final JsonOptions DEFAULTS = new JsonOptions(true);

    private final boolean pretty;

    private JsonOptions(boolean pretty) {
        this.pretty = pretty;
    }

    /** The defaults: pretty-printed. */
    public static JsonOptions defaults() {
        return DEFAULTS;
    }

    /** Whether members are indented one per line (else the document is one line). */
    public boolean pretty() {
        return pretty;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonOptions that && pretty == that.pretty;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(pretty);
    }

    @Override
    public String toString() {
        return "JsonOptions[pretty=" + pretty + "]";
    }

    /**
     * The settings both exporters' builders share, starting from {@link JsonOptions#defaults()}; each returns the
     * exporter's own builder. Not thread-safe.
     *
     * @param <B> the exporter's builder
     */
    public abstract static class Builder<B extends Builder<B>> {
        private boolean pretty = DEFAULTS.pretty;

        /** Only the exporters' builders extend it. */
        Builder() {
        }

        /** Takes every setting of {@code options}, replacing those made so far. */
        public B options(JsonOptions options) {
            Objects.requireNonNull(options, "options must not be null");
            this.pretty = options.pretty;
            return self();
        }

        /**
         * Indent with two spaces, one member per line (default), or write the whole document on one line. Either
         * way the document ends with a newline.
         */
        public B pretty(boolean pretty) {
            this.pretty = pretty;
            return self();
        }

        /** The options set so far. */
        JsonOptions jsonOptions() {
            return new JsonOptions(pretty);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}

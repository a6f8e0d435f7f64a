package io.tearsheet.json;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportException;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.Format;
import io.tearsheet.json.internal.ArticleJsonWriter;
import io.tearsheet.json.internal.JsonOutput;
import io.tearsheet.model.Article;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes an article in the Tearsheet JSON archive format ({@value JsonFormat#NAME}, version
 * {@value JsonFormat#VERSION}), which {@link JsonArticleReader} reads back without loss.
 *
 * <p>Output is canonical: UTF-8, members in a fixed order, enum values in lower case, LF line ends and a final
 * newline, so the same article always gives the same bytes on every platform. It validates against
 * {@link JsonFormat#schema()}.
 *
 * <pre>{@code
 * JsonExporter json = JsonExporter.builder().pretty(false).build();
 * try (OutputStream out = Files.newOutputStream(Path.of("article.json"))) {
 *     json.export(article, out);
 * }
 * }</pre>
 *
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JsonExporter implements ArticleExporter {
    private final JsonOptions options;

    /** The default configuration, the same as {@code builder().build()}; used by {@link java.util.ServiceLoader}. */
    public JsonExporter() {
        this(builder());
    }

    private JsonExporter(Builder builder) {
        this.options = builder.jsonOptions();
    }

    /** A builder with the defaults of {@link JsonOptions#defaults()}: pretty-printed. */
    public static Builder builder() {
        return new Builder();
    }

    /** The options this exporter writes with, for a {@link JsonLdExporter} that should write the same way. */
    public JsonOptions options() {
        return options;
    }

    /** {@link Format#JSON}. */
    @Override
    public Format format() {
        return Format.JSON;
    }

    /**
     * Writes {@code article} in the archive format to {@code out}, which is flushed but not closed.
     *
     * @return a report that nothing had to change: the format holds everything the model does
     * @throws ExportException when the article nests deeper than the format's limit of
     *                         {@value JsonOutput#MAX_NESTING_DEPTH} levels, which the reader could not read back
     */
    @Override
    public ExportReport export(Article article, OutputStream out) throws IOException {
        Objects.requireNonNull(article, "article must not be null");
        Objects.requireNonNull(out, "out must not be null");
        try {
            JsonOutput.write(out, options.pretty(), generator -> new ArticleJsonWriter(generator).write(article));
        } catch (StreamConstraintsException e) {
            throw new ExportException("the article nests deeper than the JSON format allows ("
                    + JsonOutput.MAX_NESTING_DEPTH + " levels)", e);
        }
        return ExportReport.clean(Format.JSON);
    }

    /**
     * Configures a {@link JsonExporter} with the {@linkplain JsonOptions.Builder settings both JSON exporters
     * have}. Not thread-safe; {@link #build()} copies the settings.
     */
    public static final class Builder extends JsonOptions.Builder<Builder> {
        private Builder() {
        }

        /** An exporter with the settings made so far. */
        public JsonExporter build() {
            return new JsonExporter(this);
        }
    }
}

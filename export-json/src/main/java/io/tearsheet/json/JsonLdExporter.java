package io.tearsheet.json;

import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.Format;
import io.tearsheet.json.internal.JsonLdWriter;
import io.tearsheet.json.internal.JsonOutput;
import io.tearsheet.model.Article;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes the schema.org JSON-LD view of an article, so that archives and search engines can read it: a
 * {@code NewsArticle} with headline, {@code alternativeHeadline} (the deck), {@code articleSection} (the kicker),
 * authors, dates, publisher, language, {@code isPartOf} a {@code CreativeWorkSeries} with the article's
 * {@code position}, the body text, and each quotation as a {@code Quotation} with its speaker as {@code Person} or
 * {@code Organization}. It is a view, not an archive: read articles back from {@link JsonExporter}'s format.
 *
 * <p>Deterministic like the archive format; immutable and thread-safe.
 *
 * @see <a href="https://schema.org/NewsArticle">schema.org NewsArticle</a>
 * @since 0.1.0
 */
public final class JsonLdExporter implements ArticleExporter {
    private final JsonOptions options;

    /** The default configuration, the same as {@code builder().build()}; used by {@link java.util.ServiceLoader}. */
    public JsonLdExporter() {
        this(builder());
    }

    private JsonLdExporter(Builder builder) {
        this.options = builder.jsonOptions();
    }

    /** A builder with the defaults of {@link JsonOptions#defaults()}: pretty-printed. */
    public static Builder builder() {
        return new Builder();
    }

    /** The options this exporter writes with. */
    public JsonOptions options() {
        return options;
    }

    /** {@link Format#JSON_LD}. */
    @Override
    public Format format() {
        return Format.JSON_LD;
    }

    /**
     * Writes the JSON-LD view of {@code article} to {@code out}, which is flushed but not closed.
     *
     * @return a report that nothing had to change
     */
    @Override
    public ExportReport export(Article article, OutputStream out) throws IOException {
        Objects.requireNonNull(article, "article must not be null");
        Objects.requireNonNull(out, "out must not be null");
        JsonOutput.write(out, options.pretty(), generator -> new JsonLdWriter(generator).write(article));
        return ExportReport.clean(Format.JSON_LD);
    }

    /**
     * Configures a {@link JsonLdExporter} with the {@linkplain JsonOptions.Builder settings both JSON exporters
     * have}; take a {@link JsonExporter}'s with {@code options(exporter.options())}. Not thread-safe;
     * {@link #build()} copies the settings.
     */
    public static final class Builder extends JsonOptions.Builder<Builder> {
        private Builder() {
        }

        /** An exporter with the settings made so far. */
        public JsonLdExporter build() {
            return new JsonLdExporter(this);
        }
    }
}

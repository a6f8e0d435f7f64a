package io.tearsheet.spark.internal;

import io.tearsheet.model.Article;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Quote;
import io.tearsheet.model.Series;
import io.tearsheet.model.Source;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The job's rows: what it reads (the input's four columns) and what it makes of each article (the catalog's
 * article columns, with the article's quotes nested, which the catalog then splits into its two tables).
 */
public final class CatalogRows {
    /** The columns every input table is brought to: {@code id}, {@code url}, {@code mediaType}, {@code content}. */
    public static final StructType INPUT = new StructType(new StructField[]{
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("mediaType", DataTypes.StringType, true),
            DataTypes.createStructField("content", DataTypes.BinaryType, true)});

    /**
     * The columns a row read from a web archive adds to {@link #INPUT}: where its record is, and what its headers
     * say; null for other rows.
     */
    public static final StructType ARCHIVE = new StructType(new StructField[]{
            DataTypes.createStructField("archive_filename", DataTypes.StringType, true),
            DataTypes.createStructField("archive_offset", DataTypes.LongType, true),
            DataTypes.createStructField("warc_record_type", DataTypes.StringType, true),
            DataTypes.createStructField("warc_record_id", DataTypes.StringType, true),
            DataTypes.createStructField("warc_date", DataTypes.StringType, true),
            DataTypes.createStructField("payload_digest", DataTypes.StringType, true),
            DataTypes.createStructField("mime_type_web_server", DataTypes.StringType, true),
            DataTypes.createStructField("http_status_code", DataTypes.StringType, true),
            DataTypes.createStructField("archive_error", DataTypes.StringType, true)});

    /** What the job converts: {@link #INPUT}'s columns, then {@link #ARCHIVE}'s. */
    public static final StructType JOB_INPUT = new StructType(concat(INPUT.fields(), ARCHIVE.fields()));

    /** One output of an article. */
    public static final StructType OUTPUT = new StructType(new StructField[]{
            DataTypes.createStructField("path", DataTypes.StringType, false),
            DataTypes.createStructField("sha256", DataTypes.StringType, false),
            DataTypes.createStructField("size", DataTypes.LongType, false)});

    /** One quote of an article, as the quotes table has it (without the article id, which the nesting gives). */
    public static final StructType QUOTE = new StructType(new StructField[]{
            DataTypes.createStructField("quote_id", DataTypes.StringType, false),
            DataTypes.createStructField("speaker", DataTypes.StringType, true),
            DataTypes.createStructField("speaker_id", DataTypes.StringType, true),
            DataTypes.createStructField("speaker_kind", DataTypes.StringType, true),
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("cue", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, false),
            DataTypes.createStructField("paragraph", DataTypes.IntegerType, false)});

    /** One converted article: the catalog's article columns, then {@code quotes}. */
    public static final StructType CONVERTED = new StructType(new StructField[]{
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("media_type", DataTypes.StringType, true),
            DataTypes.createStructField("input_sha256", DataTypes.StringType, true),
            DataTypes.createStructField("status", DataTypes.StringType, false),
            DataTypes.createStructField("error", DataTypes.StringType, true),
            DataTypes.createStructField("headline", DataTypes.StringType, true),
            DataTypes.createStructField("bylines", DataTypes.createArrayType(DataTypes.StringType, false), true),
            DataTypes.createStructField("publisher", DataTypes.StringType, true),
            DataTypes.createStructField("published", DataTypes.StringType, true),
            DataTypes.createStructField("modified", DataTypes.StringType, true),
            DataTypes.createStructField("language", DataTypes.StringType, true),
            DataTypes.createStructField("series_title", DataTypes.StringType, true),
            DataTypes.createStructField("series_part", DataTypes.IntegerType, true),
            DataTypes.createStructField("series_parts", DataTypes.IntegerType, true),
            DataTypes.createStructField("quote_count", DataTypes.IntegerType, true),
            DataTypes.createStructField("source_count", DataTypes.IntegerType, true),
            DataTypes.createStructField("outputs",
                    DataTypes.createMapType(DataTypes.StringType, OUTPUT, false), false),
            DataTypes.createStructField("warnings", DataTypes.createArrayType(DataTypes.StringType, false), false),
            DataTypes.createStructField("crawl_date", DataTypes.StringType, true),
            DataTypes.createStructField("domain", DataTypes.StringType, true),
            DataTypes.createStructField("mime_type_web_server", DataTypes.StringType, true),
            DataTypes.createStructField("http_status_code", DataTypes.StringType, true),
            DataTypes.createStructField("archive_filename", DataTypes.StringType, true),
            DataTypes.createStructField("archive_offset", DataTypes.LongType, true),
            DataTypes.createStructField("warc_record_type", DataTypes.StringType, true),
            DataTypes.createStructField("warc_record_id", DataTypes.StringType, true),
            DataTypes.createStructField("warc_date", DataTypes.StringType, true),
            DataTypes.createStructField("payload_digest", DataTypes.StringType, true),
            DataTypes.createStructField("quotes", DataTypes.createArrayType(QUOTE, false), false)});

    private CatalogRows() {
    }

    private static StructField[] concat(StructField[] first, StructField[] second) {
        StructField[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** The column the driver adds to the input: how many input rows share the row's id. */
    public static final String ID_SHARERS = "id_sharers";

    /** How many input rows share this row's id: 1 when it is unique (or when the driver did not count). */
    public static long idSharers(Row row) {
        int index = row.schema() == null ? -1 : java.util.Arrays.asList(row.schema().fieldNames()).indexOf(ID_SHARERS);
        return index < 0 || row.isNullAt(index) ? 1 : row.getLong(index);
    }

    /** An input row (columns as {@link #INPUT}, and {@link #ARCHIVE}'s when the row has them). */
    public static InputArticle input(Row row) {
        ArchiveFields archive = null;
        int at = row.schema() == null ? -1 : java.util.Arrays.asList(row.schema().fieldNames())
                .indexOf("archive_filename");
        if (at >= 0 && !row.isNullAt(at)) {
            archive = new ArchiveFields(row.getString(at), row.isNullAt(at + 1) ? 0 : row.getLong(at + 1),
                    row.getString(at + 2), row.getString(at + 3), row.getString(at + 4), row.getString(at + 5),
                    row.getString(at + 6), row.getString(at + 7), row.getString(at + 8));
        }
        return new InputArticle(row.getString(0), row.getString(1), row.getString(2),
                row.isNullAt(3) ? null : (byte[]) row.get(3), archive);
    }

    /** The catalog row of one converted article (columns as {@link #CONVERTED}). */
    public static Row row(ConvertedArticle converted) {
        Article article = converted.article();
        Metadata m = article == null ? null : article.metadata();
        Series series = m == null ? null : m.series();
        ArchiveFields archive = converted.input().archive();
        Map<Object, Object> outputs = new LinkedHashMap<>();
        converted.outputs().forEach((format, file) ->
                outputs.put(format, RowFactory.create(file.path(), file.sha256(), file.size())));
        return RowFactory.create(
                converted.input().id(),
                converted.input().url(),
                converted.mediaType(),
                converted.inputSha256(),
                converted.status().value(),
                converted.error(),
                m == null ? null : m.headline(),
                m == null ? null : m.bylines().stream().map(Byline::name).toArray(String[]::new),
                m == null ? null : m.publisher(),
                m == null || m.published() == null ? null : m.published().value(),
                m == null || m.modified() == null ? null : m.modified().value(),
                m == null ? null : m.language(),
                series == null ? null : series.title(),
                series == null ? null : series.part(),
                series == null ? null : series.parts(),
                article == null ? null : article.quotes().size(),
                article == null ? null : article.sources().size(),
                scala.jdk.javaapi.CollectionConverters.asScala(outputs),
                converted.warnings().toArray(String[]::new),
                archive == null ? null : archive.crawlDate(),
                archive == null ? null : ArchiveFields.domain(converted.input().url()),
                archive == null ? null : archive.mimeType(),
                archive == null ? null : archive.httpStatus(),
                archive == null ? null : archive.filename(),
                archive == null ? null : archive.offset(),
                archive == null ? null : archive.recordType(),
                archive == null ? null : archive.recordId(),
                archive == null ? null : archive.date(),
                archive == null ? null : archive.payloadDigest(),
                article == null ? new Row[0] : quotes(article));
    }

    private static Row[] quotes(Article article) {
        Map<String, Source> sources = article.sources().stream()
                .collect(Collectors.toMap(Source::id, Function.identity()));
        List<Quote> quotes = article.quotes();
        Row[] rows = new Row[quotes.size()];
        for (int i = 0; i < rows.length; i++) {
            Quote q = quotes.get(i);
            Source source = q.sourceId() == null ? null : sources.get(q.sourceId());
            rows[i] = RowFactory.create(q.id(),
                    source == null ? null : source.name(),
                    source == null ? null : source.id(),
                    source == null ? null : source.kind().name().toLowerCase(Locale.ROOT),
                    q.kind().name().toLowerCase(Locale.ROOT),
                    q.cue(),
                    q.text(),
                    q.paragraph());
        }
        return rows;
    }
}

package io.tearsheet.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Parquet catalog a run writes beside its outputs: {@code OUTPUT/catalog/articles} with one row per input row,
 * and {@code OUTPUT/catalog/quotes} with one row per quote. Each run replaces the catalog with its own rows.
 *
 * <p>Articles: {@code id}, {@code url}, {@code media_type}, {@code input_sha256}, {@code status} ({@code converted},
 * {@code skipped}, {@code no_article} for a web archive's page that is not an article, or {@code failed}), {@code
 * error} (why it failed or is not an article; null otherwise), {@code headline}, {@code bylines} (names),
 * {@code publisher}, {@code published} and {@code modified} (ISO 8601 as the source gave them), {@code
 * published_date} (the day, as a date), {@code language}, {@code series_title}, {@code series_part}, {@code
 * series_parts}, {@code quote_count}, {@code source_count}, {@code outputs} (a map from format name, and {@code bag},
 * to {@code path} relative to the output root, {@code sha256} and {@code size}) and {@code warnings} (what exporters
 * had to change). A bag's SHA-256 is that of its tag manifest, which fixes every other file of the bag.
 *
 * <p>Pages of web archives ({@link TearsheetSpark#convertArchives}) fill the web-archive columns, named as the
 * Archives Unleashed Toolkit names its own where it has one, null for other inputs: {@code url} is the page's
 * {@code WARC-Target-URI}; {@code crawl_date} the capture time as {@code yyyyMMddHHmmss} (UTC); {@code domain} the
 * host without {@code www.}; {@code mime_type_web_server} the Content-Type the server sent; {@code http_status_code};
 * {@code archive_filename} and {@code archive_offset} (where the record starts, so that it can be found again);
 * {@code warc_record_type}, {@code warc_record_id}, {@code warc_date} (as written) and {@code payload_digest}.
 * For an input of files, {@code input_sha256} is that of the file; for a web archive's page, that of its record.
 *
 * <p>Quotes: {@code article_id}, {@code quote_id}, {@code speaker} (the source's canonical name, null when
 * unattributed), {@code speaker_id}, {@code speaker_kind} ({@code person}, {@code organization}, {@code publication},
 * {@code group}, {@code document}, {@code anonymous}), {@code kind} ({@code direct}, {@code partial}, {@code
 * indirect}, {@code scare}), {@code cue}, {@code text} and {@code paragraph}.
 *
 * <p>Which sites of a crawl are quoted most, month by month:
 * <pre>{@code
 * spark.sql("""
 *     SELECT a.domain, substring(a.crawl_date, 1, 6) AS month, count(*) AS quotes
 *     FROM quotes q JOIN articles a ON q.article_id = a.id
 *     WHERE a.status = 'converted' GROUP BY 1, 2 ORDER BY quotes DESC""").show();
 * }</pre>
 *
 * <p>Who is quoted most about the Olympics in 1988:
 * <pre>{@code
 * Catalog.articles(spark, "hdfs:///archive/out").createOrReplaceTempView("articles");
 * Catalog.quotes(spark, "hdfs:///archive/out").createOrReplaceTempView("quotes");
 * spark.sql("""
 *     SELECT q.speaker, count(*) AS quotes FROM quotes q JOIN articles a ON q.article_id = a.id
 *     WHERE year(a.published_date) = 1988 AND q.speaker IS NOT NULL AND lower(q.text) LIKE '%olympic%'
 *     GROUP BY q.speaker ORDER BY quotes DESC LIMIT 10""").show();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Catalog {
    /** Where the articles table is, relative to the output root. */
    public static final String ARTICLES = "catalog/articles";
    /** Where the quotes table is, relative to the output root. */
    public static final String QUOTES = "catalog/quotes";

    private Catalog() {
    }

    /** The articles table of the run that wrote under {@code outputRoot}. */
    public static Dataset<Row> articles(SparkSession spark, String outputRoot) {
        return spark.read().parquet(resolve(outputRoot, ARTICLES));
    }

    /** The quotes table of the run that wrote under {@code outputRoot}. */
    public static Dataset<Row> quotes(SparkSession spark, String outputRoot) {
        return spark.read().parquet(resolve(outputRoot, QUOTES));
    }

    static String resolve(String outputRoot, String relative) {
        return outputRoot.endsWith("/") ? outputRoot + relative : outputRoot + "/" + relative;
    }
}

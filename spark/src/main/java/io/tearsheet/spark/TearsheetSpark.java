package io.tearsheet.spark;

import io.tearsheet.spark.internal.CatalogRows;
import io.tearsheet.spark.internal.ConvertPartition;
import io.tearsheet.spark.internal.OutputFolders;
import io.tearsheet.spark.internal.OutputLayout;
import io.tearsheet.spark.internal.OutputStore;
import io.tearsheet.spark.internal.OutputStores;
import io.tearsheet.spark.internal.SerializableConfiguration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

/**
 * Converts a table of articles on Spark's executors and indexes them in a Parquet {@link Catalog}.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().appName("archive").getOrCreate();
 * Dataset<Row> articles = ArticleInputs.files(spark, "hdfs:///archive/scraped");
 * SparkJobSummary summary = TearsheetSpark.convert(articles,
 *         SparkJobOptions.builder("hdfs:///archive/tearsheet").formats("json", "pdf").build());
 * }</pre>
 *
 * <p>Each article is read with core's readers ({@code text/plain}, {@code application/json}, and {@code text/html}
 * when the HTML reader is on the class path), or, for the pages of web archives ({@link #convertArchives}), with
 * {@code tearsheet-import-warc} and each format is written to {@code OUTPUT/FORMAT/SHARD/NAME.EXT} with a
 * {@code .sha256} sidecar, or the whole article to a BagIt bag {@code OUTPUT/bag/SHARD/NAME/}. SHARD is the first hex
 * digits of the SHA-256 of the id (two per level, see {@link SparkJobOptions.Builder#shardDepth}); NAME is the id when
 * it is a safe file name, otherwise a safe form of it with a hash of the id appended.
 *
 * <p>Guarantees: every output is written under a temporary name and renamed into place, so no reader ever sees half
 * a file under its final name, and a task that fails and is retried, or a job run again, leaves exactly one copy of
 * each output (outputs are deterministic, so which attempt wins does not matter). With {@link
 * SparkJobOptions#resume()} (the default) outputs already complete are kept, not written again. An article that
 * cannot be read or rendered never fails the job: it is counted as failed and its error is in the catalog. A file
 * system that fails does fail the task, which Spark retries.
 *
 * <p>Input ids must be unique. Rows that share an id (for files: the same path without its extension, such as
 * {@code story.txt} and {@code story.html}) are all reported failed, with an error naming the id, and nothing is
 * written for them: no input silently replaces another. Counting shared ids reads the {@code id} column in a pass
 * of its own: from files and columnar tables that reads no content, but a table computed by earlier transformations
 * is computed twice unless it is cached.
 *
 * @since 0.1.0
 */
public final class TearsheetSpark {
    private TearsheetSpark() {
    }

    /**
     * Converts every row of {@code articles} (columns as {@link ArticleInputs} describes) and writes the catalog.
     * Blocks until the Spark jobs are done.
     *
     * @throws IllegalArgumentException when {@code articles} lacks an {@code id} or {@code content} column
     * @throws UncheckedIOException     when the output root cannot be reached
     */
    public static SparkJobSummary convert(Dataset<Row> articles, SparkJobOptions options) {
        return convert(articles, options, true);
    }

    /**
     * Converts the pages of the web archives (WARC and WET files) in a folder or matching a glob, as
     * {@link ArticleInputs#archives} reads them: one task per archive file, each streamed once. Ids are unique by
     * construction (the archive's path and the record's offset), so the pass that counts shared ids is left out and
     * the archives are read only once. The catalog's web-archive columns are filled: {@code url} (the page's
     * {@code WARC-Target-URI}), {@code crawl_date}, {@code domain}, {@code mime_type_web_server}, {@code
     * http_status_code}, {@code archive_filename}, {@code archive_offset}, {@code warc_record_type}, {@code
     * warc_record_id}, {@code warc_date} and {@code payload_digest}.
     *
     * <pre>{@code
     * TearsheetSpark.convertArchives(spark, "s3a://crawls/CC-NEWS/2024/03/*.warc.gz",
     *         SparkJobOptions.builder("s3a://archive/cc-news-2024-03").formats("json").build());
     * }</pre>
     *
     * @throws UncheckedIOException when the archives cannot be listed or the output root cannot be reached
     */
    public static SparkJobSummary convertArchives(SparkSession spark, String pathOrGlob, SparkJobOptions options) {
        Objects.requireNonNull(spark, "spark must not be null");
        return convert(ArticleInputs.archives(spark, pathOrGlob), options, false);
    }

    private static SparkJobSummary convert(Dataset<Row> articles, SparkJobOptions options, boolean countSharedIds) {
        Objects.requireNonNull(articles, "articles must not be null");
        Objects.requireNonNull(options, "options must not be null");
        SparkSession spark = articles.sparkSession();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String root = qualified(options.outputRoot(), context);
        Broadcast<SerializableConfiguration> configuration =
                context.broadcast(new SerializableConfiguration(context.hadoopConfiguration()));

        // Two inputs with one id would write the same outputs, and the second would overwrite or, on a resumed
        // run, skip the first. The ids that several rows share (few, and counted without moving any content) are
        // broadcast and joined on, so those rows carry how many share the id, and they all fail.
        Dataset<Row> normalized = ArticleInputs.normalize(articles);
        Dataset<Row> input = normalized;
        if (countSharedIds) {
            Dataset<Row> sharedIds = normalized.groupBy(col("id")).agg(count(lit(1)).as(CatalogRows.ID_SHARERS))
                    .filter(col(CatalogRows.ID_SHARERS).gt(1));
            input = normalized.join(broadcast(sharedIds), normalized.col("id").equalTo(sharedIds.col("id")),
                    "left_outer").select(normalized.col("*"), sharedIds.col(CatalogRows.ID_SHARERS));
        }
        if (options.partitions() > 0) {
            input = input.repartition(options.partitions());
        }
        ConvertPartition conversion = new ConvertPartition(root, options.formats(), options.bags(), options.resume(),
                new OutputLayout(options.shardDepth()), configuration);
        // The conversion runs once, while the articles table is written; the quotes table, the counts and the
        // sweep read what it kept. Lost blocks are recomputed, which rewrites nothing that is complete.
        Dataset<Row> converted = input.mapPartitions(conversion, Encoders.row(CatalogRows.CONVERTED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String articlesTable = Catalog.resolve(root, Catalog.ARTICLES);
            String quotesTable = Catalog.resolve(root, Catalog.QUOTES);
            converted.drop("quotes")
                    .withColumn("published_date", when(col("published").rlike("^[0-9]{4}-[0-9]{2}-[0-9]{2}"),
                            to_date(substring(col("published"), 1, 10))))
                    .write().mode(SaveMode.Overwrite).parquet(articlesTable);
            converted.select(col("id").as("article_id"), explode(col("quotes")).as("quote"))
                    .select(col("article_id"), col("quote.*"))
                    .write().mode(SaveMode.Overwrite).parquet(quotesTable);
            long[] byStatus = new long[4];
            long quotes = 0;
            for (Row count : converted.groupBy("status")
                    .agg(org.apache.spark.sql.functions.count("*"),
                            org.apache.spark.sql.functions.sum("quote_count"))
                    .collectAsList()) {
                byStatus[switch (count.getString(0)) {
                    case "converted" -> 0;
                    case "skipped" -> 1;
                    case "no_article" -> 3;
                    default -> 2;
                }] += count.getLong(1);
                quotes += count.isNullAt(2) ? 0 : count.getLong(2);
            }
            removeStaleTemporaries(converted, root, configuration);
            return new SparkJobSummary(byStatus[0], byStatus[1], byStatus[3], byStatus[2], quotes, root,
                    articlesTable, quotesTable);
        } finally {
            converted.unpersist();
            configuration.destroy();
        }
    }

    /**
     * Sweeps the folders this run wrote to for temporaries that killed attempts left (a task killed mid-write
     * cannot clean up after itself). Runs after every task is done, so no live writer loses its temporary.
     */
    private static void removeStaleTemporaries(Dataset<Row> converted, String root,
                                               Broadcast<SerializableConfiguration> configuration) {
        converted.flatMap(new OutputFolders(), Encoders.STRING()).distinct()
                .foreachPartition((ForeachPartitionFunction<String>) folders -> {
                    OutputStore store = OutputStores.open(root, configuration.value().value(), "0");
                    while (folders.hasNext()) {
                        store.removeStaleTemporaries(folders.next());
                    }
                });
    }

    private static String qualified(String outputRoot, JavaSparkContext context) {
        try {
            return OutputStores.qualified(outputRoot, context.hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the output root " + outputRoot, e);
        }
    }
}

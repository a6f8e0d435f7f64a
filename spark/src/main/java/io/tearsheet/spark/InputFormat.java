package io.tearsheet.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.Locale;

/**
 * How {@link TearsheetSparkJob} reads its {@code --input}.
 *
 * @since 0.1.0
 */
public enum InputFormat {
    /** A folder or glob of article files ({@link ArticleInputs#files}). */
    FILES,
    /** A Parquet table ({@link ArticleInputs#parquet}). */
    PARQUET,
    /** A JSON Lines table ({@link ArticleInputs#jsonLines}). */
    JSONL,
    /** Web archives: a folder or glob of WARC and WET files ({@link ArticleInputs#archives}). */
    WARC,
    /**
     * PARQUET for names ending in {@code .parquet}, JSONL for {@code .jsonl} or {@code .ndjson}, WARC for
     * {@code .warc}, {@code .warc.gz}, {@code .wet} or {@code .wet.gz} (a glob such as {@code crawls/*.warc.gz}), else
     * FILES.
     */
    AUTO;

    /** The articles at {@code input}, read as this format says. */
    public Dataset<Row> read(SparkSession spark, String input) {
        return switch (this == AUTO ? guess(input) : this) {
            case FILES, AUTO -> ArticleInputs.files(spark, input);
            case PARQUET -> ArticleInputs.parquet(spark, input);
            case JSONL -> ArticleInputs.jsonLines(spark, input);
            case WARC -> ArticleInputs.archives(spark, input);
        };
    }

    /** This format, with AUTO made the one the input's name says. */
    InputFormat resolve(String input) {
        return this == AUTO ? guess(input) : this;
    }

    private static InputFormat guess(String input) {
        String name = input.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (name.endsWith(".parquet")) {
            return PARQUET;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.gz")) {
            return JSONL;
        }
        if (name.matches(".*\\.(warc|wet)(\\.gz)?")) {
            return WARC;
        }
        return FILES;
    }
}

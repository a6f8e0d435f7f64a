package io.tearsheet.spark;

import io.tearsheet.spark.internal.CatalogRows;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

/**
 * Builds the table of articles that {@link TearsheetSpark#convert} takes: columns {@code id} (string, unique: it
 * names the outputs), {@code url} (string, optional), {@code mediaType} (string, optional: {@code text/plain},
 * {@code text/html} or {@code application/json}; detected from the name and content when null) and {@code content}
 * (binary, or a UTF-8 string).
 *
 * <pre>{@code
 * Dataset<Row> articles = ArticleInputs.files(spark, "s3a://archive/scraped/1989/*.txt");
 * Dataset<Row> articles = ArticleInputs.parquet(spark, "hdfs:///archive/articles.parquet");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ArticleInputs {
    /** The columns of a JSON Lines table: {@code content} is the article's text. */
    private static final StructType JSON_LINES = new StructType(new StructField[]{
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("mediaType", DataTypes.StringType, true),
            DataTypes.createStructField("content", DataTypes.StringType, true)});
    private static final String GLOB_CHARACTERS = "*?[{";

    private ArticleInputs() {
    }

    /**
     * Every file in a folder (and its subfolders) or matching a glob, on any Hadoop-compatible file system, through
     * Spark's {@code binaryFile} source. An article's id is its path below the folder (or below the glob's fixed
     * part) without its extension ({@code 1989/06/story-12}); its url is the file's full URI; its media type is
     * detected from the file's extension and content. Hidden files (names starting with {@code .} or {@code _}) are
     * left out, as Spark always does.
     */
    public static Dataset<Row> files(SparkSession spark, String pathOrGlob) {
        String base = qualifiedBase(spark, pathOrGlob);
        String prefix = base.endsWith("/") ? base : base + "/";
        Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(pathOrGlob);
        Column relative = when(col("path").startsWith(prefix),
                substring(col("path"), prefix.length() + 1, Integer.MAX_VALUE)).otherwise(col("path"));
        return files.select(
                regexp_replace(relative, "\\.[^./]+$", "").as("id"),
                col("path").as("url"),
                lit(null).cast(DataTypes.StringType).as("mediaType"),
                col("content"));
    }

    /** A Parquet table with the columns described above. */
    public static Dataset<Row> parquet(SparkSession spark, String path) {
        return normalize(spark.read().parquet(path));
    }

    /** A JSON Lines table (one JSON object per line) with the columns described above; {@code content} is text. */
    public static Dataset<Row> jsonLines(SparkSession spark, String path) {
        return normalize(spark.read().schema(JSON_LINES).json(path));
    }

    /**
     * {@code table} with exactly the columns {@code id}, {@code url}, {@code mediaType}, {@code content} in that
     * order: a missing {@code url} or {@code mediaType} becomes null, a string {@code content} becomes its UTF-8
     * bytes, other columns are dropped.
     *
     * @throws IllegalArgumentException when {@code id} or {@code content} is missing
     */
    public static Dataset<Row> normalize(Dataset<Row> table) {
        List<String> columns = Arrays.asList(table.columns());
        for (String required : List.of("id", "content")) {
            if (!columns.contains(required)) {
                throw new IllegalArgumentException("the articles table needs a column '" + required + "'; it has "
                        + columns);
            }
        }
        return table.select(
                col("id").cast(DataTypes.StringType).as("id"),
                optional(columns, "url"),
                optional(columns, "mediaType"),
                col("content").cast(DataTypes.BinaryType).as("content"))
                .to(CatalogRows.INPUT);
    }

    private static Column optional(List<String> columns, String name) {
        return (columns.contains(name) ? col(name).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType))
                .as(name);
    }

    /** The fixed folder a path or glob starts from, qualified as Spark's {@code path} column spells it. */
    private static String qualifiedBase(SparkSession spark, String pathOrGlob) {
        try {
            int glob = firstGlobCharacter(pathOrGlob);
            Path base;
            Path given = new Path(glob < 0 ? pathOrGlob : pathOrGlob.substring(0, glob));
            FileSystem fileSystem = given.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (glob >= 0) {
                String fixed = pathOrGlob.substring(0, glob);
                base = new Path(fixed.endsWith("/") ? fixed : fixed.substring(0, Math.max(1, fixed.lastIndexOf('/'))));
            } else {
                base = fileSystem.isDirectory(given) ? given : given.getParent();
            }
            return fileSystem.makeQualified(base).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + pathOrGlob, e);
        }
    }

    private static int firstGlobCharacter(String path) {
        int first = -1;
        for (char c : GLOB_CHARACTERS.toCharArray()) {
            int at = path.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}

package io.tearsheet.spark;

import io.tearsheet.spark.internal.ArchiveRows;
import io.tearsheet.spark.internal.CatalogRows;
import io.tearsheet.spark.internal.SerializableConfiguration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
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
import java.util.ArrayList;
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
 * (binary, or a UTF-8 string). Tables read from web archives ({@link #archives}) have the web-archive columns too:
 * {@code archive_filename}, {@code archive_offset}, {@code warc_record_type}, {@code warc_record_id}, {@code
 * warc_date}, {@code payload_digest}, {@code mime_type_web_server}, {@code http_status_code} and {@code
 * archive_error}.
 *
 * <pre>{@code
 * Dataset<Row> articles = ArticleInputs.files(spark, "s3a://archive/scraped/1989/*.txt");
 * Dataset<Row> articles = ArticleInputs.parquet(spark, "hdfs:///archive/articles.parquet");
 * Dataset<Row> pages = ArticleInputs.archives(spark, "s3a://crawls/CC-NEWS/2024/03/*.warc.gz");
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
    private static final java.util.regex.Pattern ARCHIVE_NAME = java.util.regex.Pattern.compile(
            ".+\\.(warc|wet)(\\.gz)?");

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

    /**
     * The pages of the web archives (WARC and WET files, compressed or not: {@code .warc}, {@code .warc.gz},
     * {@code .wet}, {@code .wet.gz}) in a folder (and its subfolders) or matching a glob, on any Hadoop-compatible
     * file system: one row per page (an HTML response with status 200, an HTML resource, a WET conversion) and per
     * damaged record. Each archive is read by one task, streamed in the memory of one record; a page's
     * {@code content} is its record's bytes (a WARC file of that record), read by {@code tearsheet-import-warc}, so
     * its article names the record in its provenance. A page's id is the archive's path below the folder, a hyphen
     * and the record's offset ({@code 2024/03/crawl-00001.warc.gz-18342}); its url is the page's
     * {@code WARC-Target-URI}. Requests, metadata, other payloads and revisits make no row (a revisit's original is
     * converted itself when it is in the input; within one task a revisit cannot be resolved to another file).
     *
     * <p>Reading the table twice reads the archives twice: {@link TearsheetSpark#convertArchives} reads them once.
     */
    public static Dataset<Row> archives(SparkSession spark, String pathOrGlob) {
        String base = qualifiedBase(spark, pathOrGlob);
        String prefix = base.endsWith("/") ? base : base + "/";
        List<ArchiveRows.ArchiveFile> files = new ArrayList<>();
        try {
            Path given = new Path(pathOrGlob);
            FileSystem fileSystem = given.getFileSystem(spark.sparkContext().hadoopConfiguration());
            FileStatus[] matched = fileSystem.globStatus(given);
            for (FileStatus status : matched == null ? new FileStatus[0] : matched) {
                if (status.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> all = fileSystem.listFiles(status.getPath(), true);
                    while (all.hasNext()) {
                        addArchive(files, all.next().getPath(), prefix);
                    }
                } else {
                    addArchive(files, status.getPath(), prefix);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + pathOrGlob, e);
        }
        files.sort(java.util.Comparator.comparing(ArchiveRows.ArchiveFile::uri));
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = context.parallelize(files, Math.max(1, files.size()))
                .flatMap(new ArchiveRows(new SerializableConfiguration(context.hadoopConfiguration())));
        return spark.createDataFrame(rows, CatalogRows.JOB_INPUT);
    }

    private static void addArchive(List<ArchiveRows.ArchiveFile> files, Path path, String prefix) {
        String name = path.getName().toLowerCase(java.util.Locale.ROOT);
        boolean hidden = false;
        for (Path p = path; p != null && p.toString().length() >= prefix.length(); p = p.getParent()) {
            hidden |= p.getName().startsWith(".") || p.getName().startsWith("_");
        }
        if (hidden || !ARCHIVE_NAME.matcher(name).matches()) {
            return;
        }
        String uri = path.toString();
        files.add(new ArchiveRows.ArchiveFile(uri, uri.startsWith(prefix) ? uri.substring(prefix.length())
                : path.getName()));
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
     * order (and, for a table read from web archives, one with an {@code archive_filename} column, the web-archive
     * columns after them): a missing {@code url}, {@code mediaType} or web-archive column becomes null, a string
     * {@code content} becomes its UTF-8 bytes, other columns are dropped.
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
        List<Column> selected = new ArrayList<>(List.of(
                col("id").cast(DataTypes.StringType).as("id"),
                optional(columns, "url"),
                optional(columns, "mediaType"),
                col("content").cast(DataTypes.BinaryType).as("content")));
        if (!columns.contains("archive_filename")) {
            return table.select(selected.toArray(Column[]::new)).to(CatalogRows.INPUT);
        }
        for (org.apache.spark.sql.types.StructField field : CatalogRows.ARCHIVE.fields()) {
            selected.add((columns.contains(field.name()) ? col(field.name()).cast(field.dataType())
                    : lit(null).cast(field.dataType())).as(field.name()));
        }
        return table.select(selected.toArray(Column[]::new)).to(CatalogRows.JOB_INPUT);
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

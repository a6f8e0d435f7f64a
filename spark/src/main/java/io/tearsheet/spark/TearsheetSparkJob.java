package io.tearsheet.spark;

import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The {@code spark-submit} application: converts the articles at {@code --input} into {@code --output}, prints the
 * {@link SparkJobSummary} and exits 0 (articles that failed are counted and listed in the catalog, not fatal), 1 when
 * the job itself fails, 2 on a usage error.
 *
 * <pre>
 * spark-submit --class io.tearsheet.spark.TearsheetSparkJob --master yarn tearsheet-spark-job.jar \
 *     --input hdfs:///archive/scraped --output hdfs:///archive/tearsheet --to json,epub,pdf
 * spark-submit --class io.tearsheet.spark.TearsheetSparkJob --master yarn tearsheet-spark-job.jar \
 *     --input 's3a://crawls/CC-NEWS/2024/03/*.warc.gz' --output s3a://archive/cc-news --to json
 * </pre>
 *
 * @since 0.1.0
 */
@Command(name = "tearsheet-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Converts articles on Apache Spark and writes a Parquet catalog of articles and quotes.")
public final class TearsheetSparkJob implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "A folder or glob of article files or of web archives (WARC, WET), or a Parquet or JSON "
                    + "Lines table (columns id, url, mediaType, content), on any Hadoop file system.")
    private String input;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "files, parquet, jsonl, warc (web archives: WARC and WET files, one task per file) or auto "
                    + "(by the name: .parquet, .jsonl, .warc.gz and the like; else files). Default: auto.")
    private String inputFormat;

    @Option(names = "--output", required = true, paramLabel = "PATH",
            description = "The output root: outputs under FORMAT/SHARD/, the catalog under catalog/.")
    private String output;

    @Option(names = "--to", split = ",", paramLabel = "FORMAT",
            description = "Formats to write (json, epub, pdf, jsonld). Default: json, epub and pdf, as available.")
    private List<String> formats;

    @Option(names = "--bags", description = "Write one BagIt bag per article (original and every format) instead "
            + "of loose files.")
    private boolean bags;

    @Option(names = "--shard-depth", paramLabel = "N", defaultValue = "1",
            description = "Levels of 256 shard folders (1-3). Default: 1, for up to about half a million articles.")
    private int shardDepth;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Spread the input over N partitions first. Default: keep the input's partitioning.")
    private int partitions;

    @Option(names = "--no-resume", description = "Write every output again, even those already complete.")
    private boolean noResume;

    private final Supplier<SparkSession> spark;
    private final PrintWriter out;

    private TearsheetSparkJob(Supplier<SparkSession> spark, PrintWriter out) {
        this.spark = spark;
        this.out = out;
    }

    /** Runs the job in the Spark application that {@code spark-submit} configured; exits with the code on failure. */
    public static void main(String[] args) {
        SparkSession[] session = new SparkSession[1];
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(() -> session[0] = SparkSession.builder().appName("Tearsheet").getOrCreate(), out, err, args);
        if (session[0] != null) {
            session[0].stop();
        }
        // Returning normally on success: on YARN in cluster mode, an exit before the application master has reported
        // the final status makes it record a failure.
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the job with a session from {@code spark} (asked for only when the arguments are valid) and returns its
     * exit code; used by tests and by applications that already hold a session.
     */
    public static int run(Supplier<SparkSession> spark, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new TearsheetSparkJob(spark, out));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("tearsheet-spark: " + e.getMessage());
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        InputFormat format;
        try {
            format = InputFormat.valueOf(inputFormat.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--input-format must be files, parquet, jsonl, warc or auto, not "
                    + inputFormat, e);
        }
        SparkJobOptions.Builder options = SparkJobOptions.builder(output).bags(bags).shardDepth(shardDepth)
                .partitions(partitions).resume(!noResume);
        if (formats != null) {
            options.formats(formats.stream().map(String::strip).filter(f -> !f.isEmpty()).toList());
        }
        SparkJobOptions built = options.build();
        SparkSession session = spark.get();
        SparkJobSummary summary = format.resolve(input) == InputFormat.WARC
                ? TearsheetSpark.convertArchives(session, input, built)
                : TearsheetSpark.convert(format.read(session, input), built);
        out.println(summary);
        return 0;
    }
}

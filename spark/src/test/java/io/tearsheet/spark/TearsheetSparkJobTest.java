package io.tearsheet.spark;

import io.tearsheet.spark.GeneratedArchive.Generated;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class TearsheetSparkJobTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void convertsAJsonLinesTableAndPrintsTheSummary(@TempDir Path dir) throws IOException {
        List<Generated> articles = GeneratedArchive.templateArticles(12, 3);
        List<String> lines = new ArrayList<>();
        for (Generated g : articles) {
            // The JSON Lines content column is text; our JSON articles are UTF-8 text.
            lines.add("{\"id\":\"" + g.id() + "\",\"url\":\"" + g.url() + "\",\"content\":"
                    + com.fasterxml.jackson.databind.node.TextNode.valueOf(
                    new String(g.content(), StandardCharsets.UTF_8)) + "}");
        }
        Path input = dir.resolve("articles.jsonl");
        Files.write(input, lines);

        int code = run(SharedSpark::session, "--input", input.toString(), "--output", dir.resolve("out").toString(),
                "--to", "json,epub", "--partitions", "3");

        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("12 converted, 0 skipped, 0 failed, ");
        assertThat(Catalog.articles(SharedSpark.session(), dir.resolve("out").toString()).count()).isEqualTo(12);
        assertThat(OutputChecks.allFiles(dir.resolve("out/epub"))).hasSize(24);
    }

    @Test
    void aBadOptionIsAUsageErrorBeforeSparkStarts(@TempDir Path dir) {
        AtomicBoolean asked = new AtomicBoolean();
        Supplier<SparkSession> spark = () -> {
            asked.set(true);
            return SharedSpark.session();
        };

        assertThat(run(spark, "--input", "x", "--output", dir.toString(), "--to", "json,telex")).isEqualTo(2);
        assertThat(err.toString()).contains("no exporter for telex");
        assertThat(run(spark, "--input", "x", "--output", dir.toString(), "--input-format", "csv")).isEqualTo(2);
        assertThat(run(spark, "--output", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--input=PATH'");
        assertThat(asked).isFalse();
    }

    @Test
    void helpNamesEveryOption() {
        assertThat(run(() -> {
            throw new AssertionError("help needs no Spark");
        }, "--help")).isZero();
        assertThat(out.toString()).contains("--input", "--input-format", "--output", "--to", "--bags",
                "--shard-depth", "--partitions", "--no-resume");
    }

    private int run(Supplier<SparkSession> spark, String... args) {
        return TearsheetSparkJob.run(spark, new PrintWriter(out), new PrintWriter(err), args);
    }
}

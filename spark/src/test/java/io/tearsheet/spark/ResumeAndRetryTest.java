package io.tearsheet.spark;

import io.tearsheet.bag.BagVerifier;
import io.tearsheet.io.AtomicFiles;
import io.tearsheet.io.Sha256;
import io.tearsheet.spark.GeneratedArchive.Generated;
import io.tearsheet.spark.internal.CatalogRows;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures and second runs: a task that dies half-way and is retried, a job run again, damaged outputs, bags; on the
 * local file system and through the Hadoop output store.
 */
class ResumeAndRetryTest {
    private final SparkSession spark = SharedSpark.session();
    private final List<Generated> articles = GeneratedArchive.templateArticles(48, 7);

    @ParameterizedTest
    @ValueSource(strings = {"file", RawTestFileSystem.SCHEME})
    void aRetriedTaskLeavesExactlyOneCopyOfEachOutput(String scheme, @TempDir Path dir) throws IOException {
        FailFirstAttemptAfter.INJECTED.set(0);
        Dataset<Row> flaky = input(articles, 4).mapPartitions(new FailFirstAttemptAfter(5),
                Encoders.row(CatalogRows.INPUT));

        SparkJobSummary summary = TearsheetSpark.convert(flaky,
                SparkJobOptions.builder(root(scheme, dir)).formats("json", "epub").build());

        // each of the 4 partitions failed once while converting (the pass that counts shared ids runs them too)
        assertThat(FailFirstAttemptAfter.INJECTED.get()).isGreaterThanOrEqualTo(4);
        assertThat(summary.failed()).isZero();
        assertThat(summary.converted() + summary.skipped()).isEqualTo(articles.size());
        assertThat(summary.skipped()).as("outputs the failed attempts had finished").isPositive();
        for (String format : List.of("json", "epub")) {
            assertExactlyOneCompleteCopyEach(dir.resolve(format), format, articles);
        }
        assertThat(Catalog.articles(spark, root(scheme, dir)).count()).isEqualTo(articles.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", RawTestFileSystem.SCHEME})
    void aRerunSkipsWhatExistsAndRepairsWhatIsDamaged(String scheme, @TempDir Path dir) throws IOException {
        List<Generated> some = articles.subList(0, 24);
        SparkJobOptions options = SparkJobOptions.builder(root(scheme, dir)).formats("json", "epub").build();
        assertThat(TearsheetSpark.convert(input(some, 2), options).converted()).isEqualTo(24);
        Map<Path, FileTime> times = modificationTimes(dir);
        Map<Path, String> checksums = checksums(dir);

        SparkJobSummary rerun = TearsheetSpark.convert(input(some, 2), options);

        assertThat(rerun.skipped()).isEqualTo(24);
        assertThat(rerun.converted()).isZero();
        assertThat(modificationTimes(dir)).isEqualTo(times);
        assertThat(Catalog.articles(spark, root(scheme, dir)).where("status = 'skipped'").count()).isEqualTo(24);

        List<Path> json = files(dir.resolve("json"), ".json");
        List<Path> epub = files(dir.resolve("epub"), ".epub");
        Files.delete(json.get(0));
        Files.write(epub.get(1), new byte[]{'P', 'K'});
        Files.delete(AtomicFiles.checksumPath(json.get(2)));

        SparkJobSummary repair = TearsheetSpark.convert(input(some, 2), options);

        assertThat(repair.converted()).isEqualTo(3);
        assertThat(repair.skipped()).isEqualTo(21);
        assertThat(checksums(dir)).as("outputs are deterministic: the repaired files are the lost ones")
                .isEqualTo(checksums);
    }

    @Test
    void withoutResumeEveryOutputIsWrittenAgainToTheSameBytes(@TempDir Path dir) throws IOException {
        List<Generated> some = articles.subList(0, 10);
        SparkJobOptions.Builder options = SparkJobOptions.builder(dir.toString()).formats("json", "pdf");
        TearsheetSpark.convert(input(some, 2), options.build());
        Map<Path, String> checksums = checksums(dir);

        SparkJobSummary again = TearsheetSpark.convert(input(some, 2), options.resume(false).build());

        assertThat(again.converted()).isEqualTo(10);
        assertThat(checksums(dir)).isEqualTo(checksums);
        assertExactlyOneCompleteCopyEach(dir.resolve("pdf"), "pdf", some);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", RawTestFileSystem.SCHEME})
    void bagsHoldTheOriginalAndEveryFormatAndVerify(String scheme, @TempDir Path dir) throws IOException {
        List<Generated> some = articles.subList(0, 12);
        SparkJobOptions options = SparkJobOptions.builder(root(scheme, dir)).formats("json", "epub").bags(true)
                .shardDepth(2).build();

        SparkJobSummary summary = TearsheetSpark.convert(input(some, 2), options);

        assertThat(summary.converted()).isEqualTo(12);
        Map<String, Row> catalog = new HashMap<>();
        Catalog.articles(spark, root(scheme, dir)).collectAsList().forEach(r -> catalog.put(r.getAs("id"), r));
        for (Generated g : some) {
            Map<String, Row> outputs = scala.jdk.javaapi.CollectionConverters.asJava(
                    catalog.get(g.id()).<scala.collection.Map<String, Row>>getAs("outputs"));
            Path bag = dir.resolve(outputs.get("bag").getString(0));
            assertThat(outputs.get("bag").getString(0)).matches("bag/[0-9a-f]{2}/[0-9a-f]{2}/" + g.id());
            assertThat(BagVerifier.verify(bag).problems()).as(g.id()).isEmpty();
            assertThat(outputs.get("bag").getString(1)).isEqualTo(Sha256.hex(bag.resolve("tagmanifest-sha512.txt")));
            assertThat(Files.readAllBytes(bag.resolve("data/original/" + g.id() + ".json"))).isEqualTo(g.content());
            for (String format : List.of("json", "epub")) {
                Path file = dir.resolve(outputs.get(format).getString(0));
                assertThat(file).isEqualTo(bag.resolve("data/" + g.id() + "." + format));
                assertThat(Sha256.hex(file)).isEqualTo(outputs.get(format).getString(1));
            }
        }
        assertThat(Files.exists(dir.resolve("json"))).as("no loose files beside the bags").isFalse();
        assertThat(hiddenEntries(dir.resolve("bag"))).isEmpty();

        SparkJobSummary rerun = TearsheetSpark.convert(input(some, 2), options);

        assertThat(rerun.skipped()).isEqualTo(12);
    }

    private static void assertExactlyOneCompleteCopyEach(Path formatFolder, String extension,
                                                         List<Generated> expected) throws IOException {
        List<Path> all = OutputChecks.allFiles(formatFolder);
        Set<String> names = new TreeSet<>();
        for (Path file : all) {
            String name = file.getFileName().toString();
            assertThat(name).as("every file is an output or its sidecar, nothing half-written or hidden")
                    .doesNotStartWith(".").matches(".*\\." + extension + "(\\.sha256)?");
            if (name.endsWith("." + extension)) {
                assertThat(names.add(name)).as("one copy of " + name).isTrue();
                assertThat(AtomicFiles.isComplete(file)).as(name).isTrue();
            }
        }
        assertThat(names).isEqualTo(expected.stream().map(g -> g.id() + "." + extension)
                .collect(Collectors.toCollection(TreeSet::new)));
        assertThat(all).hasSize(2 * expected.size());
        assertThat(hiddenEntries(formatFolder)).isEmpty();
    }

    private Dataset<Row> input(List<Generated> some, int partitions) {
        return GeneratedArchive.dataset(spark, some.stream().map(Generated::row).toList(), partitions);
    }

    private static String root(String scheme, Path dir) {
        return scheme.equals("file") ? dir.toString() : RawTestFileSystem.uri(dir);
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        return OutputChecks.allFiles(folder).stream().filter(f -> f.toString().endsWith(suffix)).toList();
    }

    private static List<Path> hiddenEntries(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }

    /** Output files (the catalog aside) with their modification times. */
    private static Map<Path, FileTime> modificationTimes(Path dir) throws IOException {
        Map<Path, FileTime> times = new HashMap<>();
        for (Path f : outputFiles(dir)) {
            times.put(f, Files.getLastModifiedTime(f));
        }
        return times;
    }

    private static Map<Path, String> checksums(Path dir) throws IOException {
        Map<Path, String> sums = new HashMap<>();
        for (Path f : outputFiles(dir)) {
            sums.put(f, Sha256.hex(f));
        }
        return sums;
    }

    private static List<Path> outputFiles(Path dir) throws IOException {
        return OutputChecks.allFiles(dir).stream().filter(f -> !dir.relativize(f).startsWith("catalog")).toList();
    }
}

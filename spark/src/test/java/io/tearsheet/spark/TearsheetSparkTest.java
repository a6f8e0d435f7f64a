package io.tearsheet.spark;

import io.tearsheet.io.AtomicFiles;
import io.tearsheet.io.Sha256;
import io.tearsheet.json.JsonArticleReader;
import io.tearsheet.model.Article;
import io.tearsheet.model.Quote;
import io.tearsheet.model.Source;
import io.tearsheet.spark.GeneratedArchive.Generated;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run of the job on two local cores over a few hundred generated articles (template articles, articles of every
 * shape from core's generator, and rows no reader can read), then everything it left behind checked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TearsheetSparkTest {
    private static final int TEMPLATE_ARTICLES = 300;
    private static final int ODD_ARTICLES = 20;

    private Path output;
    private final SparkSession spark = SharedSpark.session();
    private List<Generated> template;
    private List<Generated> odd;
    private Map<Row, String> bad;
    private SparkJobSummary summary;
    private Map<String, Row> catalog;

    @BeforeAll
    void convertTheArchive(@TempDir Path output) {
        this.output = output;
        template = GeneratedArchive.templateArticles(TEMPLATE_ARTICLES, 11);
        odd = GeneratedArchive.arbitraryArticles(ODD_ARTICLES, 0x5EED);
        bad = GeneratedArchive.badRows();
        List<Row> rows = new ArrayList<>();
        template.forEach(g -> rows.add(g.row()));
        odd.forEach(g -> rows.add(g.row()));
        rows.addAll(bad.keySet());
        summary = TearsheetSpark.convert(GeneratedArchive.dataset(spark, rows, 6),
                SparkJobOptions.builder(output.toString()).formats("json", "epub", "pdf").build());
        catalog = new HashMap<>();
        for (Row row : Catalog.articles(spark, output.toString()).collectAsList()) {
            catalog.put(row.getAs("id"), row);
        }
    }

    @Test
    void everyArticleIsConvertedOrReportedFailed() {
        long oddFailures = odd.stream().filter(g -> "failed".equals(catalog.get(g.id()).getAs("status"))).count();
        assertThat(summary.converted()).isEqualTo(TEMPLATE_ARTICLES + ODD_ARTICLES - oddFailures);
        assertThat(summary.failed()).isEqualTo(bad.size() + oddFailures);
        assertThat(summary.skipped()).isZero();
        assertThat(summary.articles()).isEqualTo(catalog.size()); // the row without an id is under the null key
        assertThat(summary.outputRoot()).isEqualTo("file:" + output);
    }

    @Test
    void badArticlesAreReportedWithTheirErrorNotFatal() {
        List<Row> failed = Catalog.articles(spark, output.toString()).where("status = 'failed'").collectAsList();
        for (Map.Entry<Row, String> expected : bad.entrySet()) {
            Row row = failed.stream().filter(r -> java.util.Objects.equals(r.getAs("id"), expected.getKey().get(0)))
                    .findFirst().orElseThrow();
            assertThat(row.<String>getAs("error")).contains(expected.getValue());
            assertThat(row.<scala.collection.Map<String, Row>>getAs("outputs").isEmpty()).isTrue();
        }
        for (Generated g : odd) {
            Row row = catalog.get(g.id());
            if ("failed".equals(row.getAs("status"))) {
                assertThat(row.<String>getAs("error")).as(g.id()).isNotBlank();
            }
        }
    }

    @Test
    void everyJsonOutputValidatesAndIsTheInputAgain() throws IOException {
        for (Generated g : converted()) {
            byte[] json = Files.readAllBytes(output.resolve(outputPath(g.id(), "json")));
            assertThat(OutputChecks.schemaErrors(json)).as(g.id()).isEmpty();
            Article back = new JsonArticleReader().read(json);
            assertThat(back.metadata()).as(g.id()).isEqualTo(g.article().metadata());
            assertThat(back.sections()).as(g.id()).isEqualTo(g.article().sections());
            assertThat(back.quotes()).as(g.id()).isEqualTo(g.article().quotes());
            assertThat(back.sources()).as(g.id()).isEqualTo(g.article().sources());
        }
    }

    @Test
    void everyEpubAndPdfIsWellFormed() throws IOException {
        for (Generated g : converted()) {
            assertThat(OutputChecks.epubProblems(Files.readAllBytes(output.resolve(outputPath(g.id(), "epub")))))
                    .as(g.id()).isEmpty();
            assertThat(OutputChecks.pdfPages(Files.readAllBytes(output.resolve(outputPath(g.id(), "pdf")))))
                    .as(g.id()).isPositive();
        }
    }

    @Test
    void outputsAreByteForByteWhatTheExportersMakeOnOneMachine() throws IOException {
        // The exporters' own tests run epubcheck, veraPDF and the schema on exactly these bytes.
        for (Generated g : template.subList(0, 12)) {
            Article article = io.tearsheet.Tearsheet.read(g.content(), g.mediaType());
            for (String format : List.of("json", "epub", "pdf")) {
                java.io.ByteArrayOutputStream direct = new java.io.ByteArrayOutputStream();
                io.tearsheet.Tearsheet.exporter(format).orElseThrow().export(article, direct);
                assertThat(Files.readAllBytes(output.resolve(outputPath(g.id(), format))))
                        .as(g.id() + "." + format).isEqualTo(direct.toByteArray());
            }
        }
    }

    @Test
    void catalogRecordsEachOutputWithItsChecksumAndSidecar() throws IOException {
        for (Generated g : converted()) {
            Map<String, Row> outputs = scala.jdk.javaapi.CollectionConverters.asJava(
                    catalog.get(g.id()).<scala.collection.Map<String, Row>>getAs("outputs"));
            assertThat(outputs.keySet()).containsExactlyInAnyOrder("json", "epub", "pdf");
            for (Map.Entry<String, Row> entry : outputs.entrySet()) {
                Path file = output.resolve(entry.getValue().getString(0));
                assertThat(entry.getValue().getString(0)).matches(entry.getKey() + "/[0-9a-f]{2}/" + g.id() + "\\."
                        + entry.getKey());
                assertThat(Sha256.hex(file)).isEqualTo(entry.getValue().getString(1));
                assertThat(Files.size(file)).isEqualTo(entry.getValue().getLong(2));
                assertThat(AtomicFiles.isComplete(file)).isTrue();
            }
        }
    }

    @Test
    void catalogHoldsEachArticlesMetadata() {
        for (Generated g : template) {
            Row row = catalog.get(g.id());
            var m = g.article().metadata();
            assertThat(row.<String>getAs("status")).isEqualTo("converted");
            assertThat(row.<String>getAs("url")).isEqualTo(g.url());
            assertThat(row.<String>getAs("media_type")).isEqualTo("application/json");
            assertThat(row.<String>getAs("input_sha256")).isEqualTo(Sha256.hex(g.content()));
            assertThat(row.<String>getAs("headline")).isEqualTo(m.headline());
            assertThat(row.<String>getAs("published")).isEqualTo(m.published().value());
            assertThat(row.<java.sql.Date>getAs("published_date").toLocalDate()).isEqualTo(m.published().date());
            assertThat(row.<String>getAs("language")).isEqualTo("en");
            assertThat(row.<String>getAs("series_title")).isEqualTo(m.series() == null ? null : m.series().title());
            assertThat(row.<Integer>getAs("series_part")).isEqualTo(m.series() == null ? null : m.series().part());
            assertThat(row.<Integer>getAs("series_parts")).isEqualTo(m.series() == null ? null : m.series().parts());
            assertThat(row.<Integer>getAs("quote_count")).isEqualTo(g.article().quotes().size());
            assertThat(row.<String>getAs("error")).isNull();
        }
    }

    @Test
    void catalogHoldsOneRowPerQuoteWithItsSpeaker() {
        Map<String, String> expected = new TreeMap<>();
        for (Generated g : template) {
            Map<String, Source> sources = g.article().sources().stream()
                    .collect(Collectors.toMap(Source::id, s -> s));
            for (Quote q : g.article().quotes()) {
                Source s = sources.get(q.sourceId());
                expected.put(g.id() + "/" + q.id(), s.name() + "|" + s.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + "|" + q.kind().name().toLowerCase(java.util.Locale.ROOT) + "|" + q.cue() + "|" + q.text());
            }
        }
        Map<String, String> actual = new TreeMap<>();
        for (Row row : Catalog.quotes(spark, output.toString()).where("article_id LIKE 'story-%'").collectAsList()) {
            String key = row.getAs("article_id") + "/" + row.getAs("quote_id");
            assertThat(actual.put(key, row.getAs("speaker") + "|" + row.getAs("speaker_kind") + "|"
                    + row.getAs("kind") + "|" + row.getAs("cue") + "|" + row.getAs("text"))).as(key).isNull();
        }
        assertThat(actual).isEqualTo(expected);
        long allQuotes = converted().stream().mapToLong(g -> g.article().quotes().size()).sum();
        assertThat(Catalog.quotes(spark, output.toString()).count()).isEqualTo(allQuotes);
        assertThat(summary.quotes()).isEqualTo(allQuotes);
    }

    @Test
    void sparkSqlAnswersWhoIsQuotedMost() {
        Catalog.articles(spark, output.toString()).createOrReplaceTempView("articles");
        Catalog.quotes(spark, output.toString()).createOrReplaceTempView("quotes");
        List<Row> top = spark.sql("""
                SELECT q.speaker, count(*) AS quotes
                FROM quotes q JOIN articles a ON q.article_id = a.id
                WHERE year(a.published_date) = 1988 AND q.speaker_kind = 'person'
                GROUP BY q.speaker ORDER BY quotes DESC, q.speaker LIMIT 3""").collectAsList();

        Map<String, Long> truth = new HashMap<>();
        for (Generated g : template) {
            if (g.article().metadata().published().date().getYear() != 1988) {
                continue;
            }
            Map<String, Source> sources = g.article().sources().stream()
                    .collect(Collectors.toMap(Source::id, s -> s));
            for (Quote q : g.article().quotes()) {
                Source s = sources.get(q.sourceId());
                if (s.kind() == io.tearsheet.model.SourceKind.PERSON) {
                    truth.merge(s.name(), 1L, Long::sum);
                }
            }
        }
        assertThat(top).isNotEmpty();
        assertThat(top.get(0).getString(0)).isEqualTo("Harriet Okafor");
        for (Row row : top) {
            assertThat(row.getLong(1)).as(row.getString(0)).isEqualTo(truth.get(row.getString(0)));
        }
    }

    @Test
    void outputsAreShardedAndNoTemporaryIsLeft() throws IOException {
        List<Path> files = OutputChecks.allFiles(output.resolve("json"));
        assertThat(files).allSatisfy(f -> assertThat(output.resolve("json").relativize(f).toString())
                .matches("[0-9a-f]{2}/[^/.][^/]*\\.json(\\.sha256)?"));
        assertThat(files).hasSize(2 * converted().size());
        assertThat(OutputChecks.allFiles(output)).noneMatch(f -> f.getFileName().toString().endsWith(".part"));
    }

    /** The generated articles the job converted (every template one, most of the odd ones). */
    private List<Generated> converted() {
        List<Generated> all = new ArrayList<>(template);
        odd.stream().filter(g -> "converted".equals(catalog.get(g.id()).getAs("status"))).forEach(all::add);
        return all;
    }

    private String outputPath(String id, String format) {
        Map<String, Row> outputs = scala.jdk.javaapi.CollectionConverters.asJava(
                catalog.get(id).<scala.collection.Map<String, Row>>getAs("outputs"));
        return outputs.get(format).getString(0);
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

package io.tearsheet.spark;

import io.tearsheet.MediaTypes;
import io.tearsheet.Tearsheet;
import io.tearsheet.spark.GeneratedArchive.Generated;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scraped-looking plain-text articles of our own, read from a folder of files by core's plain-text reader on the
 * executors, rendered in every format, and catalogued with the speakers the reader attributed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlainTextArchiveTest {
    private static final int ARTICLES = 100;

    private final SparkSession spark = SharedSpark.session();
    private final List<Generated> articles = GeneratedArchive.textArticles(ARTICLES, 1989);
    private Path output;
    private SparkJobSummary summary;
    private Map<String, Row> catalog;

    @BeforeAll
    void convertTheFolder(@TempDir Path dir) throws IOException {
        assumeTrue(Tearsheet.reader(MediaTypes.TEXT).isPresent(), "the plain-text reader is not on the class path");
        for (int i = 0; i < articles.size(); i++) {
            Path file = dir.resolve("in/" + (i % 3) + "/" + articles.get(i).id() + ".txt");
            Files.createDirectories(file.getParent());
            Files.write(file, articles.get(i).content());
        }
        output = dir.resolve("out");
        summary = TearsheetSpark.convert(ArticleInputs.files(spark, dir.resolve("in").toString()),
                SparkJobOptions.builder(output.toString()).formats("json", "epub", "pdf").partitions(4).build());
        catalog = new HashMap<>();
        for (Row row : Catalog.articles(spark, output.toString()).collectAsList()) {
            String id = row.getAs("id");
            catalog.put(id.substring(id.indexOf('/') + 1), row);
        }
    }

    @Test
    void everyTextArticleIsReadAndRenderedInEveryFormat() throws IOException {
        assertThat(summary.converted()).isEqualTo(ARTICLES);
        assertThat(summary.failed()).isZero();
        for (Generated g : articles) {
            Row row = catalog.get(g.id());
            assertThat(row.<String>getAs("media_type")).isEqualTo(MediaTypes.TEXT);
            Map<String, Row> outputs = scala.jdk.javaapi.CollectionConverters.asJava(
                    row.<scala.collection.Map<String, Row>>getAs("outputs"));
            assertThat(OutputChecks.schemaErrors(Files.readAllBytes(output.resolve(outputs.get("json").getString(0)))))
                    .as(g.id()).isEmpty();
            assertThat(OutputChecks.epubProblems(Files.readAllBytes(output.resolve(outputs.get("epub").getString(0)))))
                    .as(g.id()).isEmpty();
            assertThat(OutputChecks.pdfPages(Files.readAllBytes(output.resolve(outputs.get("pdf").getString(0)))))
                    .as(g.id()).isPositive();
        }
    }

    @Test
    void catalogHasEachArticlesHeadlineAndDate() {
        for (int i = 0; i < articles.size(); i++) {
            Row row = catalog.get(articles.get(i).id());
            assertThat(row.<String>getAs("headline")).isEqualTo(GeneratedArchive.headline(i + 5));
            assertThat(row.<java.sql.Date>getAs("published_date").toLocalDate()).isEqualTo(GeneratedArchive.date(i + 5));
            assertThat(row.<Integer>getAs("quote_count")).as(articles.get(i).id()).isPositive();
        }
    }

    @Test
    void quotesAreAttributedToTheCast() {
        Set<String> cast = GeneratedArchive.SPEAKERS.stream().map(s -> s.name()).collect(Collectors.toSet());
        List<Row> speakers = Catalog.quotes(spark, output.toString())
                .groupBy("speaker").count().orderBy(org.apache.spark.sql.functions.desc("count")).collectAsList();
        long attributed = 0;
        long all = 0;
        for (Row row : speakers) {
            all += row.getLong(1);
            if (!row.isNullAt(0)) {
                assertThat(cast).contains(row.getString(0));
                attributed += row.getLong(1);
            }
        }
        assertThat(all).isEqualTo(summary.quotes());
        assertThat(attributed).as("said NAME is the plainest attribution there is").isEqualTo(all);
    }
}

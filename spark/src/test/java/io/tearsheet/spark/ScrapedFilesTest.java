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
 * Scraped-looking plain-text articles and saved web pages of our own, read from a folder of files by core's
 * plain-text reader and the HTML reader on the executors, rendered in every format, and catalogued with the speakers
 * the readers attributed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScrapedFilesTest {
    private static final int TEXTS = 100;
    private static final int PAGES = 40;

    private final SparkSession spark = SharedSpark.session();
    private final List<Generated> texts = GeneratedArchive.textArticles(TEXTS, 1989);
    private final List<Generated> pages = GeneratedArchive.htmlArticles(PAGES, 1990);
    private final List<Generated> articles = new java.util.ArrayList<>();
    private Path output;
    private SparkJobSummary summary;
    private Map<String, Row> catalog;

    @BeforeAll
    void convertTheFolder(@TempDir Path dir) throws IOException {
        assumeTrue(Tearsheet.reader(MediaTypes.TEXT).isPresent(), "the plain-text reader is not on the class path");
        assumeTrue(Tearsheet.reader(MediaTypes.HTML).isPresent(), "the HTML reader is not on the class path");
        articles.addAll(texts);
        articles.addAll(pages);
        for (int i = 0; i < articles.size(); i++) {
            String name = articles.get(i).url().substring(articles.get(i).url().lastIndexOf('/') + 1);
            Path file = dir.resolve("in/" + (i % 3) + "/" + name);
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
    void everyFileIsReadAndRenderedInEveryFormat() throws IOException {
        assertThat(summary.converted()).isEqualTo(TEXTS + PAGES);
        assertThat(summary.failed()).isZero();
        for (Generated g : articles) {
            Row row = catalog.get(g.id());
            assertThat(row.<String>getAs("media_type")).isEqualTo(texts.contains(g) ? MediaTypes.TEXT : MediaTypes.HTML);
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
        for (int i = 0; i < texts.size(); i++) {
            assertHeadlineDateAndQuotes(catalog.get(texts.get(i).id()), i + 5);
        }
        for (int i = 0; i < pages.size(); i++) {
            assertHeadlineDateAndQuotes(catalog.get(pages.get(i).id()), i + 9);
        }
    }

    private static void assertHeadlineDateAndQuotes(Row row, int template) {
        String id = row.getAs("id");
        assertThat(row.<String>getAs("headline")).as(id).isEqualTo(GeneratedArchive.headline(template));
        assertThat(row.<java.sql.Date>getAs("published_date").toLocalDate()).as(id)
                .isEqualTo(GeneratedArchive.date(template));
        assertThat(row.<Integer>getAs("quote_count")).as(id).isPositive();
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

package io.tearsheet.spark;

import io.tearsheet.spark.GeneratedArchive.Generated;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Two inputs with one id: neither may silently replace the other. */
class DuplicateIdsTest {
    private final SparkSession spark = SharedSpark.session();

    @Test
    void rowsThatShareAnIdAllFailNamingItAndWriteNothing(@TempDir Path output) throws IOException {
        List<Generated> articles = GeneratedArchive.templateArticles(3, 7);
        Generated first = articles.get(0);
        Generated second = articles.get(1);
        Generated unique = articles.get(2);
        List<Row> rows = List.of(
                RowFactory.create("twin", first.url(), first.mediaType(), first.content()),
                RowFactory.create("twin", second.url(), second.mediaType(), second.content()),
                unique.row());

        SparkJobSummary summary = TearsheetSpark.convert(GeneratedArchive.dataset(spark, rows, 2),
                SparkJobOptions.builder(output.toString()).formats("json").build());

        assertThat(summary.converted()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(2);
        List<Row> catalog = Catalog.articles(spark, output.toString()).collectAsList();
        assertThat(catalog).filteredOn(row -> "twin".equals(row.getAs("id"))).hasSize(2)
                .allSatisfy(row -> {
                    assertThat(row.<String>getAs("status")).isEqualTo("failed");
                    assertThat(row.<String>getAs("error")).contains("\"twin\" belongs to 2 inputs");
                });
        try (Stream<Path> files = Files.walk(output.resolve("json"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("twin"))
                    .anyMatch(name -> name.startsWith(unique.id()));
        }
    }
}

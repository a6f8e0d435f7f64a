package io.tearsheet.spark;

import io.tearsheet.spark.GeneratedArchive.Generated;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleInputsTest {
    private final SparkSession spark = SharedSpark.session();
    private final List<Generated> articles = GeneratedArchive.templateArticles(6, 5);

    @Test
    void filesInAFolderAreNamedByTheirPathBelowIt(@TempDir Path dir) throws IOException {
        write(dir.resolve("1989/06/a.json"), articles.get(0).content());
        write(dir.resolve("1989/07/b.json"), articles.get(1).content());
        write(dir.resolve("c.json"), articles.get(2).content());
        write(dir.resolve(".hidden.json"), articles.get(3).content());
        write(dir.resolve("_meta.json"), articles.get(3).content());

        Map<String, Row> rows = byId(ArticleInputs.files(spark, dir.toString()));

        assertThat(rows).containsOnlyKeys("1989/06/a", "1989/07/b", "c");
        Row a = rows.get("1989/06/a");
        assertThat(a.getString(1)).isEqualTo("file:" + dir.resolve("1989/06/a.json"));
        assertThat(a.isNullAt(2)).as("the media type is detected later").isTrue();
        assertThat((byte[]) a.get(3)).isEqualTo(articles.get(0).content());
    }

    @Test
    void aGlobPicksTheFilesItMatches(@TempDir Path dir) throws IOException {
        write(dir.resolve("1989/06/a.json"), articles.get(0).content());
        write(dir.resolve("1989/06/b.txt"), "not this one".getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("1990/01/c.json"), articles.get(2).content());

        Map<String, Row> rows = byId(ArticleInputs.files(spark, dir + "/*/*/*.json"));

        assertThat(rows).containsOnlyKeys("1989/06/a", "1990/01/c");
    }

    @Test
    void parquetAndJsonLinesTablesBringTheirOwnColumns(@TempDir Path dir) throws IOException {
        Dataset<Row> table = GeneratedArchive.dataset(spark, articles.stream().map(Generated::row).toList(), 2)
                .withColumn("content", col("content").cast(DataTypes.StringType))
                .withColumn("extra", col("id"));
        table.write().parquet(dir.resolve("articles.parquet").toString());
        table.write().json(dir.resolve("articles.jsonl").toString());

        for (Dataset<Row> read : List.of(ArticleInputs.parquet(spark, dir.resolve("articles.parquet").toString()),
                ArticleInputs.jsonLines(spark, dir.resolve("articles.jsonl").toString()))) {
            assertThat(read.columns()).containsExactly("id", "url", "mediaType", "content");
            Map<String, Row> rows = byId(read);
            for (Generated g : articles) {
                assertThat((byte[]) rows.get(g.id()).get(3)).isEqualTo(g.content());
                assertThat(rows.get(g.id()).getString(1)).isEqualTo(g.url());
                assertThat(rows.get(g.id()).getString(2)).isEqualTo("application/json");
            }
        }
    }

    @Test
    void aTableWithoutIdOrContentIsRefused() {
        Dataset<Row> noId = spark.sql("SELECT 'x' AS content");
        Dataset<Row> noContent = spark.sql("SELECT 'x' AS id");
        assertThatThrownBy(() -> ArticleInputs.normalize(noId)).hasMessageContaining("'id'");
        assertThatThrownBy(() -> ArticleInputs.normalize(noContent)).hasMessageContaining("'content'");
        assertThat(ArticleInputs.normalize(spark.sql("SELECT 'x' AS id, 'y' AS content")).columns())
                .containsExactly("id", "url", "mediaType", "content");
    }

    @Test
    void filesFromAFolderConvertUnderTheirPathNames(@TempDir Path dir) throws IOException {
        for (int i = 0; i < articles.size(); i++) {
            write(dir.resolve("in/" + (1986 + i % 2) + "/" + articles.get(i).id() + ".json"),
                    articles.get(i).content());
        }

        SparkJobSummary summary = TearsheetSpark.convert(ArticleInputs.files(spark, dir.resolve("in").toString()),
                SparkJobOptions.builder(dir.resolve("out").toString()).formats("json").build());

        assertThat(summary.converted()).isEqualTo(articles.size());
        List<Row> catalog = Catalog.articles(spark, dir.resolve("out").toString()).orderBy("id").collectAsList();
        assertThat(catalog.get(0).<String>getAs("id")).isEqualTo("1986/" + articles.get(0).id());
        assertThat(catalog.get(0).<String>getAs("media_type")).isEqualTo("application/json");
        String path = scala.jdk.javaapi.CollectionConverters.asJava(
                catalog.get(0).<scala.collection.Map<String, Row>>getAs("outputs")).get("json").getString(0);
        assertThat(path).matches("json/[0-9a-f]{2}/1986_" + articles.get(0).id() + "-[0-9a-f]{16}\\.json");
        assertThat(dir.resolve("out").resolve(path)).exists();
    }

    private static Map<String, Row> byId(Dataset<Row> rows) {
        Map<String, Row> byId = new TreeMap<>();
        rows.collectAsList().forEach(r -> byId.put(r.getString(0), r));
        return byId;
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}

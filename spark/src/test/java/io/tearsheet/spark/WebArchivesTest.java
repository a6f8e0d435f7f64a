package io.tearsheet.spark;

import io.tearsheet.warc.testing.Captured;
import io.tearsheet.warc.testing.ExtraPages;
import io.tearsheet.warc.testing.HttpCapture;
import io.tearsheet.warc.testing.OurPages;
import io.tearsheet.warc.testing.TestWarc;
import io.tearsheet.warc.testing.TextDumps;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job over a folder of small WARC and WET files on two local cores: one task per file, one catalog row per page
 * (and per damaged record), with the web-archive columns filled.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebArchivesTest {
    private final SparkSession spark = SharedSpark.session();
    private Path input;
    private Path output;
    private final Map<String, Captured> pages = new HashMap<>();
    private Captured damaged;
    private int exitCode;
    private String printed;
    private Map<String, Row> catalog;

    @BeforeAll
    void convertAFolderOfArchives(@TempDir Path dir) throws IOException {
        input = dir.resolve("crawls");
        output = dir.resolve("out");
        Files.createDirectories(input.resolve("2024"));
        try (TestWarc warc = TestWarc.create(input.resolve("2024/a.warc.gz"))) {
            warc.warcinfo();
            page(warc, "a.warc.gz", "wp-classic-harbour-clocks", HttpCapture.html(
                    OurPages.page("wp-classic-harbour-clocks")).chunked());
            warc.request("https://www.news.example/", TestWarc.day());
            pages.put("a.warc.gz front", warc.response("https://www.news.example/", TestWarc.day(),
                    HttpCapture.html(ExtraPages.page("front-page"))));
        }
        try (TestWarc warc = TestWarc.create(input.resolve("2024/b.warc"))) {
            page(warc, "b.warc", "series-part-two-rail", HttpCapture.html(OurPages.page("series-part-two-rail")));
            warc.response("https://news.example/logo.png", TestWarc.day(),
                    HttpCapture.ok("image/png", new byte[]{1, 2, 3}));
        }
        try (TestWarc wet = TestWarc.create(input.resolve("c.wet.gz"))) {
            String name = "brightspot-river-flood";
            pages.put("c.wet.gz " + name, wet.conversion(OurPages.url(name), TestWarc.day(),
                    TextDumps.dump(OurPages.page(name))));
        }
        Path cut = input.resolve("2024/cut.warc.gz");
        try (TestWarc warc = TestWarc.create(cut)) {
            page(warc, "cut.warc.gz", "notes-school-meals", HttpCapture.html(OurPages.page("notes-school-meals")));
            damaged = warc.response(OurPages.url("opinion-column-bio"), TestWarc.day(),
                    HttpCapture.html(OurPages.page("opinion-column-bio")));
        }
        try (FileChannel channel = FileChannel.open(cut, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 300);
        }
        Files.copy(input.resolve("2024/b.warc"), input.resolve("2024/.hidden.warc"));

        StringWriter out = new StringWriter();
        exitCode = TearsheetSparkJob.run(() -> spark, new PrintWriter(out), new PrintWriter(new StringWriter()),
                "--input", input.toString(), "--input-format", "warc", "--output", output.toString(), "--to", "json");
        printed = out.toString();
        catalog = new HashMap<>();
        for (Row row : Catalog.articles(spark, output.toString()).collectAsList()) {
            catalog.put(row.getAs("id"), row);
        }
    }

    private void page(TestWarc warc, String file, String name, HttpCapture http) throws IOException {
        warc.request(OurPages.url(name), TestWarc.day());
        pages.put(file + " " + name, warc.response(OurPages.url(name), TestWarc.day(), http));
    }

    @Test
    void eachArchiveIsOneTask() {
        assertThat(ArticleInputs.archives(spark, input.toString()).rdd().getNumPartitions()).isEqualTo(4);
    }

    @Test
    void everyPageIsConvertedOrReported() {
        assertThat(exitCode).isZero();
        assertThat(printed).startsWith("4 converted, 0 skipped, 1 no article, 1 failed,");
        assertThat(catalog).containsOnlyKeys(
                "2024/a.warc.gz-" + pages.get("a.warc.gz wp-classic-harbour-clocks").offset(),
                "2024/a.warc.gz-" + pages.get("a.warc.gz front").offset(),
                "2024/b.warc-" + pages.get("b.warc series-part-two-rail").offset(),
                "c.wet.gz-" + pages.get("c.wet.gz brightspot-river-flood").offset(),
                "2024/cut.warc.gz-" + pages.get("cut.warc.gz notes-school-meals").offset(),
                "2024/cut.warc.gz-" + damaged.offset());
    }

    @Test
    void theCatalogHoldsTheArchiveColumns() {
        Captured record = pages.get("b.warc series-part-two-rail");
        Row row = catalog.get("2024/b.warc-" + record.offset());
        assertThat(Arrays.asList(row.schema().fieldNames())).containsSubsequence("url", "crawl_date", "domain",
                "mime_type_web_server", "http_status_code", "archive_filename", "archive_offset", "warc_record_type",
                "warc_record_id", "warc_date", "payload_digest");
        assertThat((String) row.getAs("status")).isEqualTo("converted");
        assertThat((String) row.getAs("url")).isEqualTo(OurPages.url("series-part-two-rail"));
        assertThat((String) row.getAs("crawl_date")).isEqualTo("20240301120000");
        assertThat((String) row.getAs("domain")).isEqualTo("news.example");
        assertThat((String) row.getAs("mime_type_web_server")).isEqualTo("text/html; charset=utf-8");
        assertThat((String) row.getAs("http_status_code")).isEqualTo("200");
        assertThat((String) row.getAs("archive_filename")).isEqualTo("b.warc");
        assertThat((Long) row.getAs("archive_offset")).isEqualTo(record.offset());
        assertThat((String) row.getAs("warc_record_type")).isEqualTo("response");
        assertThat((String) row.getAs("warc_record_id")).isEqualTo(record.recordId());
        assertThat((String) row.getAs("warc_date")).isEqualTo("2024-03-01T12:00:00Z");
        assertThat((String) row.getAs("payload_digest")).isEqualTo(record.payloadDigest());
        assertThat((String) row.getAs("headline")).isEqualTo("The freight line that time forgot");

        Row wet = catalog.get("c.wet.gz-" + pages.get("c.wet.gz brightspot-river-flood").offset());
        assertThat((String) wet.getAs("warc_record_type")).isEqualTo("conversion");
        assertThat((String) wet.getAs("status")).isEqualTo("converted");
        Row front = catalog.get("2024/a.warc.gz-" + pages.get("a.warc.gz front").offset());
        assertThat((String) front.getAs("status")).isEqualTo("no_article");
        assertThat((String) front.getAs("domain")).isEqualTo("news.example");
        assertThat((String) front.getAs("error")).startsWith("no article found");
    }

    @Test
    void aDamagedRecordFailsWithItsFileAndOffset() {
        Row row = catalog.get("2024/cut.warc.gz-" + damaged.offset());
        assertThat((String) row.getAs("status")).isEqualTo("failed");
        assertThat((String) row.getAs("error")).isEqualTo("damaged record at offset " + damaged.offset()
                + " of cut.warc.gz: truncated, the file ends inside it (unexpected end of gzip stream)");
        assertThat((String) catalog.get("2024/cut.warc.gz-" + pages.get("cut.warc.gz notes-school-meals").offset())
                .getAs("status")).isEqualTo("converted");
    }

    @Test
    void eachArticleNamesItsRecordInItsJson() throws IOException {
        Row row = catalog.get("2024/a.warc.gz-" + pages.get("a.warc.gz wp-classic-harbour-clocks").offset());
        Map<String, Row> outputs = scala.jdk.javaapi.CollectionConverters.asJava(row.getMap(row.fieldIndex("outputs")));
        String json = Files.readString(output.resolve(outputs.get("json").getString(0)));
        assertThat(json).contains("\"archive\"").contains("\"file\": \"a.warc.gz\"")
                .contains("\"offset\": " + pages.get("a.warc.gz wp-classic-harbour-clocks").offset());
        assertThat(List.of(outputs.get("json").getString(0))).allMatch(p -> p.startsWith("json/"));
    }
}

package io.tearsheet.pdf;

import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeTest {
    @Test
    void writesEverything() throws Exception {
        PdfExporter exporter = PdfExporter.builder().attachment(new FakeJsonExporter()).build();
        var out = new java.io.ByteArrayOutputStream();
        var report = exporter.export(TestArticles.everything(), out);
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf/everything.pdf"), out.toByteArray());
        System.out.println(report);
        var failures = new Validator().failures(out.toByteArray());
        failures.forEach(System.out::println);
        PdfExporter two = PdfExporter.builder().attachment(new FakeJsonExporter()).pageSize(PageSize.A5).columns(2).build();
        Files.write(Path.of("target/pdf/everything-a5-2col.pdf"), two.toBytes(TestArticles.everything()));
        assertThat(failures).isEmpty();
    }
}

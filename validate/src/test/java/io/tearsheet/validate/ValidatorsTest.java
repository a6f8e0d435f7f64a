package io.tearsheet.validate;

import io.tearsheet.epub.EpubExporter;
import io.tearsheet.json.JsonExporter;
import io.tearsheet.pdf.PdfExporter;
import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidatorsTest {
    @TempDir
    Path dir;

    @Test
    void ourOutputsPassTheirValidators() throws IOException {
        Path json = Files.write(dir.resolve("a.json"), new JsonExporter().toBytes(TestArticles.everything()));
        Path epub = Files.write(dir.resolve("a.epub"), new EpubExporter().toBytes(TestArticles.everything()));
        Path pdf = Files.write(dir.resolve("a.pdf"), new PdfExporter().toBytes(TestArticles.everything()));

        for (Path file : new Path[]{json, epub, pdf}) {
            Validation validation = Validators.validate(file);
            assertThat(validation.findings()).as(validation.validator()).isEmpty();
            assertThat(validation.passed()).isTrue();
        }
    }

    @Test
    void brokenFilesFail() throws IOException {
        byte[] pdf = new PdfExporter().toBytes(TestArticles.minimal());
        Path truncated = Files.write(dir.resolve("broken.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 2));
        Path json = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"tearsheet-article\"}");
        byte[] epub = new EpubExporter().toBytes(TestArticles.minimal());
        Path zip = Files.write(dir.resolve("broken.epub"), java.util.Arrays.copyOf(epub, epub.length - 100));

        assertThat(Validators.validate(truncated).passed()).isFalse();
        assertThat(Validators.validate(json).findings()).isNotEmpty();
        assertThat(Validators.validate(zip).passed()).isFalse();
    }

    @Test
    void neverResolvesExternalEntitiesInXmp() throws Exception {
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            Path secret = Files.writeString(dir.resolve("secret.txt"), "secret-5150\n");
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/entity";
            Path pdf = dir.resolve("xxe.pdf");
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(
                    new PdfExporter().toBytes(TestArticles.minimal()))) {
                String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                        java.nio.charset.StandardCharsets.UTF_8).replaceFirst("(<\\?xpacket begin[^>]*\\?>)",
                        "$1<!DOCTYPE x:xmpmeta [<!ENTITY file SYSTEM \"" + secret.toUri() + "\"><!ENTITY % net SYSTEM \""
                                + url + "\"> %net;]>").replaceFirst("</dc:title>", "</dc:title><dc:source>&file;</dc:source>");
                document.getDocumentCatalog().setMetadata(new org.apache.pdfbox.pdmodel.common.PDMetadata(document,
                        new java.io.ByteArrayInputStream(xmp.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
                document.save(pdf.toFile());
            }

            Validation validation = Validators.validate(pdf);

            assertThat(requests).hasValue(0);
            assertThat(validation.findings()).noneMatch(f -> f.message().contains("secret-5150"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void detectsTheFormatFromContentWithoutAnExtension() throws IOException {
        Path pdf = Files.write(dir.resolve("no-extension"), new PdfExporter().toBytes(TestArticles.minimal()));

        assertThat(Validators.validate(pdf).validator()).startsWith("veraPDF");
    }

    @Test
    void checksJsonAsDeepAsTheReaderAllowsWithoutOverflowingTheStack() throws IOException {
        io.tearsheet.model.Inline inline = new io.tearsheet.model.Text("deep");
        for (int i = 0; i < 480; i++) {
            inline = new io.tearsheet.model.Emphasis(java.util.List.of(inline));
        }
        io.tearsheet.model.Article article = io.tearsheet.model.Article.builder()
                .metadata(io.tearsheet.model.Metadata.builder().headline("Deep").build())
                .section(io.tearsheet.model.Section.body(java.util.List.of(
                        new io.tearsheet.model.Paragraph(java.util.List.of(inline)))))
                .build();
        Path json = Files.write(dir.resolve("deep.json"), new JsonExporter().toBytes(article));

        Validation validation = Validators.validate(json);

        assertThat(validation.findings()).isEmpty();
    }

    @Test
    void refusesOtherFiles() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");

        assertThatThrownBy(() -> Validators.validate(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an EPUB, PDF or Tearsheet JSON file");
    }
}

package io.tearsheet.pdf;

import io.tearsheet.testing.TestArticles;
import io.tearsheet.validate.Validation;
import io.tearsheet.validate.Validators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The judge itself, on our PDFs: a validator that never complains would make every other test pass. */
class PdfValidationTest {
    @TempDir
    Path dir;

    @Test
    void ourPdfPassesVeraPdf() throws IOException {
        Validation validation = Validators.validate(new PdfExporter().toBytes(TestArticles.everything()));

        assertThat(validation.findings()).isEmpty();
        assertThat(validation.validator()).contains("PDF/A-3a").contains("PDF/UA-1");
    }

    @Test
    void aTruncatedPdfFails() throws IOException {
        byte[] pdf = new PdfExporter().toBytes(TestArticles.minimal());

        assertThat(Validators.validate(Arrays.copyOf(pdf, pdf.length / 2)).passed()).isFalse();
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

}

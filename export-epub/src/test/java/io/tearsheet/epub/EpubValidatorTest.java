package io.tearsheet.epub;

import io.tearsheet.testing.TestArticles;
import io.tearsheet.validate.Finding;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The judge itself: a validator that never complains would make every other test pass. */
class EpubValidatorTest {

    @Test
    void runsEpubcheckFive() {
        assertThat(EpubValidator.version()).startsWith("epubcheck 5.2.");
    }

    @Test
    void aTruncatedEpubFails() throws IOException {
        byte[] epub = new EpubExporter().toBytes(TestArticles.minimal());

        assertThat(io.tearsheet.validate.Validators.validate(java.util.Arrays.copyOf(epub, epub.length - 100))
                .passed()).isFalse();
    }

    @Test
    void reportsAnInvalidDocument() throws IOException {
        Map<String, String> entries = Epubs.entries(new EpubExporter().toBytes(TestArticles.minimal()));
        entries.put("EPUB/article.xhtml", entries.get("EPUB/article.xhtml").replace("<p>", "<p><div>x</div>"));

        assertThat(EpubValidator.messages(zip(entries))).anyMatch(f -> f.severity() == Finding.Severity.ERROR && f.message().startsWith("RSC-005"));
    }

    @Test
    void reportsUsageLevelMessages() throws IOException {
        Map<String, String> entries = Epubs.entries(new EpubExporter().toBytes(TestArticles.minimal()));
        entries.put("EPUB/article.xhtml", entries.get("EPUB/article.xhtml")
                .replace("<p>", "<p epub:type=\"no-such-semantic\">"));

        assertThat(EpubValidator.messages(zip(entries))).anyMatch(f -> f.severity() == Finding.Severity.ADVICE);
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                byte[] content = entry.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (entry.getKey().equals("mimetype")) {
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(content.length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(content);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

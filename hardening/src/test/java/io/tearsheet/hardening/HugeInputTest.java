package io.tearsheet.hardening;

import io.tearsheet.Tearsheet;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.model.Article;
import io.tearsheet.read.PlainTextReader;
import io.tearsheet.read.ReadException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Inputs whose danger is their size, in a JVM with a 384 MB heap (the {@code small-heap} surefire execution): each
 * is read and exported, or refused, within that heap.
 */
@Tag("small-heap")
@Timeout(300)
class HugeInputTest {
    static final long HUNDRED_MB = 100L * 1024 * 1024;

    @TempDir
    Path dir;

    /** Writes {@code prefix}, {@code unit} {@code count} times, and {@code suffix}, without holding them in memory. */
    private Path write(String name, String prefix, String unit, String suffix, long count) throws IOException {
        Path file = dir.resolve(name);
        byte[] one = unit.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(prefix.getBytes(StandardCharsets.UTF_8));
            for (long i = 0; i < count; i++) {
                out.write(one);
            }
            out.write(suffix.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @HostileInput
    @DisplayName("a 100 MB single line: refused by size before it is read (text and HTML), or by string length (JSON)")
    void hundredMegabyteLine() throws IOException {
        Path text = write("line.txt", "", "word ", "", HUNDRED_MB / 5);
        assertThatThrownBy(() -> Tearsheet.read(text)).isInstanceOf(ReadException.class)
                .hasMessageContaining("more than the limit of " + PlainTextReader.DEFAULT_MAX_INPUT_BYTES + " bytes");
        Path html = write("line.html", "<p>", "word ", "</p>", HUNDRED_MB / 5);
        assertThatThrownBy(() -> Tearsheet.read(html)).isInstanceOf(ReadException.class)
                .hasMessageContaining("limit");
        Path json = write("line.json", "{\"format\": \"tearsheet-article\", \"formatVersion\": \"1.0\", \"x\": \"",
                "word ", "\"}", HUNDRED_MB / 5);
        assertThatThrownBy(() -> Tearsheet.read(json)).isInstanceOf(ReadException.class)
                .hasMessageContaining("exceeds a limit");
    }

    @HostileInput
    @DisplayName("1,000,000 paragraphs: refused by the paragraph limit; 100,000 are read and exported")
    void millionParagraphs() throws IOException {
        Path million = write("million.txt", "Harbour Clocks Chime Again\n\n", "Chimes.\n\n", "", 1_000_000);
        assertThatThrownBy(() -> Tearsheet.read(million)).isInstanceOf(ReadException.class)
                .hasMessageContaining("more than 100000 paragraphs");

        Path limit = write("limit.txt", "Harbour Clocks Chime Again\n\n", "Chimes.\n\n", "",
                PlainTextReader.DEFAULT_MAX_PARAGRAPHS - 1);
        Article article = Tearsheet.read(limit);
        assertThat(article.sections().get(0).blocks()).hasSize(PlainTextReader.DEFAULT_MAX_PARAGRAPHS - 1);
        for (ArticleExporter exporter : Pipeline.EXPORTERS) {
            long[] size = {0};
            exporter.export(article, new OutputStream() {
                @Override
                public void write(int b) {
                    size[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    size[0] += len;
                }
            });
            assertThat(size[0]).as(exporter.format().name()).isPositive();
        }
    }
}

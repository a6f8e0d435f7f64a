package io.tearsheet.hardening;

import io.tearsheet.Tearsheet;
import io.tearsheet.read.ReadException;
import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Hostile Tearsheet JSON, read from files by {@link Tearsheet#read(Path)}: every one is refused with a
 * {@link ReadException} whose location is a JSON Pointer, before it costs more than its own size in memory. The
 * JSON reader's own tests ({@code JsonArticleReaderTest}) cover each limit one by one.
 */
@Timeout(120)
class HostileJsonTest {
    @TempDir
    Path dir;

    private ReadException refusal(String json) throws IOException {
        Path file = dir.resolve("hostile.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return catchThrowableOfType(ReadException.class, () -> Tearsheet.read(file));
    }

    private static String everything() {
        return new String(Pipeline.JSON.toBytes(TestArticles.everything()), StandardCharsets.UTF_8);
    }

    @HostileInput
    @DisplayName("JSON nested 100,000 deep, or an article whose inlines nest past 1,000 levels: refused at the depth limit")
    void hostileNesting() throws IOException {
        assertThat(refusal("[".repeat(100_000) + "]".repeat(100_000)))
                .hasMessageContaining("exceeds a limit").hasMessageContaining("nesting depth");
        String emphasis = "{\"type\": \"emphasis\", \"content\": [";
        String deep = everything().replaceFirst("\"content\": \\[",
                "\"content\": [" + emphasis.repeat(1_200) + "{\"type\": \"text\", \"text\": \"x\"}" + "]}".repeat(1_200)
                        + ", ");
        ReadException e = refusal(deep);
        assertThat(e).hasMessageContaining("nesting depth");
        assertThat(e.location()).startsWith("/sections/0/blocks/");
    }

    @HostileInput
    @DisplayName("JSON with huge numbers (40 digits, 200 digits, exponents past int): refused, naming the member")
    void hugeNumbers() throws IOException {
        String quote = "\"paragraph\": 4,";
        ReadException big = refusal(everything().replace(quote, "\"paragraph\": 1" + "0".repeat(40) + ","));
        assertThat(big).hasMessageContaining("from 0 to 2147483647");
        assertThat(big.location()).isEqualTo("/quotes/4/paragraph");
        assertThat(refusal(everything().replace(quote, "\"paragraph\": " + "9".repeat(200) + ",")))
                .hasMessageContaining("exceeds a limit");
        assertThat(refusal(everything().replace(quote, "\"paragraph\": 5e" + "5".repeat(40) + ",")))
                .hasMessageContaining("a number beyond any range");
        assertThat(refusal(everything().replace(quote, "\"paragraph\": -1e999999999,")))
                .hasMessageContaining("from 0 to 2147483647");
    }

    @HostileInput
    @DisplayName("JSON with a 65-million-character string: refused at the string limit, not read into the article")
    void hugeStrings() throws IOException {
        String huge = everything().replace("\"headline\": \"", "\"headline\": \"" + "x".repeat(65 * 1024 * 1024));
        assertThat(refusal(huge)).hasMessageContaining("exceeds a limit").hasMessageContaining("String value length");
        assertThat(refusal(everything().replace("\"headline\": \"", "\"" + "k".repeat(5_000) + "\": 1, \"headline\": \"")))
                .hasMessageContaining("exceeds a limit");
    }

    @HostileInput
    @DisplayName("JSON that is not an article (duplicate members, another format, trailing values): refused")
    void notAnArticle() throws IOException {
        assertThat(refusal("{\"format\": \"tearsheet-article\", \"format\": \"other\"}"))
                .hasMessageContaining("Duplicate");
        assertThat(refusal("{\"format\": \"something-else\", \"formatVersion\": \"1.0\"}")).isNotNull();
        assertThat(refusal(everything() + " {}")).hasMessageContaining("more content after");
        assertThat(refusal("\"just a string\"")).isNotNull();
    }
}

package io.tearsheet.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.tearsheet.model.Article;
import io.tearsheet.read.ArticleReader;
import io.tearsheet.read.ReadException;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing of the three readers: any bytes are read into a valid article or refused with a
 * {@link ReadException}; nothing else may escape. In {@code mvn verify} each target runs once over its saved inputs
 * in {@code src/test/resources/io/tearsheet/hardening/ReaderFuzzTestInputs/METHOD/}; see {@code docs/fuzzing.md} for
 * fuzzing for real.
 */
class ReaderFuzzTest {

    @FuzzTest(maxDuration = "3m")
    void plainText(byte[] input) {
        readOrRefuse(Pipeline.TEXT, input);
    }

    @FuzzTest(maxDuration = "3m")
    void tearsheetJson(byte[] input) {
        Article article = readOrRefuse(Pipeline.JSON_READER, input);
        if (article != null) {
            assertThat(Pipeline.JSON_READER.read(Pipeline.JSON.toBytes(article))).isEqualTo(article);
        }
    }

    @FuzzTest(maxDuration = "3m")
    void html(byte[] input) {
        readOrRefuse(Pipeline.HTML, input);
        try {
            Pipeline.HTML.read(input, URI.create("https://news.example/2026/01/story"));
        } catch (ReadException expected) {
            // refused, as documented
        }
    }

    /** The article read, or null when the reader refused the input with the documented exception. */
    static Article readOrRefuse(ArticleReader reader, byte[] input) {
        try {
            Article article = reader.read(input);
            assertThat(article).isNotNull();
            return article;
        } catch (ReadException refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("internal error");
            return null;
        }
    }
}

package io.tearsheet.hardening;

import io.tearsheet.model.Article;
import io.tearsheet.read.ReadException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hostile markup through the HTML reader and on to every exporter; {@code HostileMarkupTest} has more shapes. */
@Timeout(120)
class HostileHtmlTest {
    @TempDir
    Path dir;

    @HostileInput
    @DisplayName("HTML nested 10,000 elements deep around the article, with scripts and huge attributes: read; outputs valid")
    void deeplyNestedMarkup() {
        String body = "<p>The town's three harbour clocks chimed together on Sunday for the first time in a decade.</p>"
                + "<p>\"We waited a long time for this,\" said Tom Hale, who led the restoration of the clocks.</p>"
                + "<p><script>alert(1)</script>]]&gt; &amp;amp; <span title=\"" + "x".repeat(100_000) + "\">end</span></p>";
        String page = "<html><body>" + "<div>".repeat(10_000) + "<article><h1>Harbour Clocks Chime Again</h1>" + body
                + "</article>" + "</div>".repeat(10_000) + "</body></html>";

        Article article = Pipeline.HTML.read(page.getBytes(StandardCharsets.UTF_8));

        assertThat(article.metadata().headline()).isEqualTo("Harbour Clocks Chime Again");
        Pipeline.exportAndValidate(article, dir);
        String nestedOnly = "<html><body>" + "<div>".repeat(10_000) + "</div>".repeat(10_000) + "</body></html>";
        assertThatThrownBy(() -> Pipeline.HTML.read(nestedOnly.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ReadException.class);
    }
}

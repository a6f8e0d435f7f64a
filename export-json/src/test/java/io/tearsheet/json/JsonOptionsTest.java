package io.tearsheet.json;

import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class JsonOptionsTest {
    @Test
    void bothExportersStartFromTheDefaults() {
        assertThat(new JsonExporter().options()).isEqualTo(JsonOptions.defaults())
                .isEqualTo(new JsonLdExporter().options());
        assertThat(JsonOptions.defaults().pretty()).isTrue();
    }

    @Test
    void theJsonLdViewTakesTheArchiveExportersOptions() {
        JsonExporter archive = JsonExporter.builder().pretty(false).build();

        JsonLdExporter view = JsonLdExporter.builder().options(archive.options()).build();

        assertThat(view.options()).isEqualTo(archive.options());
        String ld = new String(view.toBytes(TestArticles.everything()), StandardCharsets.UTF_8);
        assertThat(ld.strip()).doesNotContain("\n");
        assertThat(ld).endsWith("\n");
    }

    @Test
    void settingsMadeAfterTakingOptionsReplaceThem() {
        JsonOptions compact = JsonExporter.builder().pretty(false).build().options();

        assertThat(JsonLdExporter.builder().options(compact).pretty(true).build().options())
                .isEqualTo(JsonOptions.defaults());
    }
}

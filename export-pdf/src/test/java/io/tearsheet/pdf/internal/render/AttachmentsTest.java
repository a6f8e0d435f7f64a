package io.tearsheet.pdf.internal.render;

import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportException;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.Format;
import io.tearsheet.model.Article;

import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentsTest {
    private static ArticleExporter of(Format format) {
        return new ArticleExporter() {
            @Override
            public Format format() {
                return format;
            }

            @Override
            public ExportReport export(Article article, OutputStream out) {
                return ExportReport.clean(format);
            }
        };
    }

    @Test
    void picksTheJsonExporterAmongTheProviders() {
        ArticleExporter json = of(Format.JSON);
        assertThat(Attachments.exporter(null, List.of(of(Format.PDF), of(Format.JSON_LD), json))).isSameAs(json);
    }

    @Test
    void theConfiguredExporterWins() {
        ArticleExporter configured = of(Format.JSON_LD);
        assertThat(Attachments.exporter(configured, List.of(of(Format.JSON)))).isSameAs(configured);
    }

    @Test
    void failsClearlyWithoutAJsonExporter() {
        assertThatThrownBy(() -> Attachments.exporter(null, List.of(of(Format.PDF))))
                .isInstanceOf(ExportException.class).hasMessageContaining("tearsheet-export-json");
    }
}

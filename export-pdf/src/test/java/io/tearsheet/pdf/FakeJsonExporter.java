package io.tearsheet.pdf;

import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.Format;
import io.tearsheet.export.XmlText;
import io.tearsheet.model.Article;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Stands in for the JSON exporter: a tiny JSON document naming the article. */
final class FakeJsonExporter implements ArticleExporter {
    @Override
    public Format format() {
        return Format.JSON;
    }

    @Override
    public ExportReport export(Article article, OutputStream out) throws IOException {
        String headline = new XmlText().clean(article.metadata().headline()).replace("\\", "\\\\").replace("\"", "\\\"");
        StringBuilder escaped = new StringBuilder();
        headline.codePoints().forEach(cp -> {
            if (cp < 0x20) {
                escaped.append(String.format("\\u%04x", cp));
            } else {
                escaped.appendCodePoint(cp);
            }
        });
        out.write(("{\"format\":\"tearsheet-article\",\"metadata\":{\"headline\":\"" + escaped + "\"}}")
                .getBytes(StandardCharsets.UTF_8));
        return ExportReport.clean(Format.JSON);
    }
}

package io.tearsheet.spark.internal;

import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportReport;
import io.tearsheet.model.Article;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exported bytes of one article, made on first request and kept for the article's lifetime, so that a format
 * written both loose and into a bag is rendered once. Exporting into memory first also keeps an exporter's failure
 * (the article's problem) apart from a file system's failure (the task's problem).
 */
final class ArticleExports {
    private final Article article;
    private final List<String> warnings;
    private final Map<String, PrecomputedExporter> done = new HashMap<>();

    /** @param warnings receives what each exporter had to change, prefixed with its format's name */
    ArticleExports(Article article, List<String> warnings) {
        this.article = article;
        this.warnings = warnings;
    }

    PrecomputedExporter export(ArticleExporter exporter) throws ExportFailure {
        String name = exporter.format().name();
        PrecomputedExporter exported = done.get(name);
        if (exported == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            ExportReport report;
            try {
                report = exporter.export(article, out);
            } catch (Exception | StackOverflowError e) {
                throw new ExportFailure(name + ": " + Failures.describe(e), e);
            }
            for (String warning : report.warnings()) {
                warnings.add(name + ": " + warning);
            }
            exported = new PrecomputedExporter(exporter.format(), out.toByteArray(), report);
            done.put(name, exported);
        }
        return exported;
    }
}

package io.tearsheet.pdf.internal.render;

import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportException;
import io.tearsheet.export.Format;
import io.tearsheet.model.Article;

import java.util.ServiceLoader;

/**
 * Finds the exporter whose output is embedded in each PDF as the article's machine-readable source: the one
 * given to the builder, else the {@link ServiceLoader} provider of {@link Format#JSON}.
 */
final class Attachments {
    /**
     * The JSON exporter found on the class path, looked up once: a look-up scans the class path, which took
     * longer than embedding the attachment. The JSON exporter is immutable and thread-safe, so one serves every export.
     */
    private static volatile ArticleExporter discovered;

    private Attachments() {
    }

    static ArticleExporter exporter(ArticleExporter configured) {
        if (configured != null) {
            return configured;
        }
        ArticleExporter found = discovered;
        if (found == null) {
            found = exporter(null, ServiceLoader.load(ArticleExporter.class, Attachments.class.getClassLoader()));
            discovered = found;
        }
        return found;
    }

    /** The configured exporter, else the first JSON exporter among {@code candidates}. */
    static ArticleExporter exporter(ArticleExporter configured, Iterable<ArticleExporter> candidates) {
        if (configured != null) {
            return configured;
        }
        for (ArticleExporter exporter : candidates) {
            if (Format.JSON.equals(exporter.format())) {
                return exporter;
            }
        }
        throw new ExportException("no ArticleExporter for format json on the class path: add tearsheet-export-json, "
                + "or give the PDF exporter's builder an attachment(exporter)");
    }

    /** The article in the attachment format. */
    static byte[] bytes(ArticleExporter exporter, Article article) {
        try {
            return exporter.toBytes(article);
        } catch (RuntimeException e) {
            if (e instanceof ExportException export) {
                throw export;
            }
            throw new ExportException("the " + exporter.format().name() + " exporter failed on the article: " + e, e);
        }
    }
}

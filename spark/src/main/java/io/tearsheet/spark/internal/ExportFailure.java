package io.tearsheet.spark.internal;

import java.io.Serial;

/** An exporter could not render an article: the article's failure, recorded in the catalog, never the task's. */
final class ExportFailure extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    ExportFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

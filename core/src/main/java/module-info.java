/**
 * Tearsheet core: the article model, the plain-text reader, quote attribution and the exporter SPI.
 * No run-time dependencies.
 */
module io.tearsheet.core {
    exports io.tearsheet;
    exports io.tearsheet.model;
    exports io.tearsheet.read;
    exports io.tearsheet.quotes;
    exports io.tearsheet.export;
    exports io.tearsheet.io;
    exports io.tearsheet.batch;
    exports io.tearsheet.bag;

    uses io.tearsheet.read.ArticleReader;
    uses io.tearsheet.export.ArticleExporter;
    uses io.tearsheet.export.BookExporter;
    uses io.tearsheet.batch.ArticleContainer;

    provides io.tearsheet.read.ArticleReader with io.tearsheet.read.PlainTextReader;
}

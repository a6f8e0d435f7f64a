/**
 * Tearsheet core: the article model, the plain-text reader, quote attribution and the exporter SPI.
 * No run-time dependencies.
 */
@SuppressWarnings("module") // the qualified export names a reader module that core's own build does not see
module io.tearsheet.core {
    exports io.tearsheet;
    exports io.tearsheet.model;
    exports io.tearsheet.read;
    /* for the readers only, not API: the text conventions they recognise alike */
    exports io.tearsheet.read.conventions to io.tearsheet.html;
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

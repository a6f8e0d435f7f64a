/**
 * Tearsheet's EPUB 3 exporter: one article or a whole book of articles as an EPUB 3.3 ebook, written with
 * {@code java.util.zip} alone. See {@link io.tearsheet.epub.EpubExporter} and
 * {@link io.tearsheet.epub.EpubBookExporter}.
 */
module io.tearsheet.export.epub {
    requires transitive io.tearsheet.core;

    exports io.tearsheet.epub;

    provides io.tearsheet.export.ArticleExporter with io.tearsheet.epub.EpubExporter;
    provides io.tearsheet.export.BookExporter with io.tearsheet.epub.EpubBookExporter;
}

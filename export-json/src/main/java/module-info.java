/**
 * The Tearsheet JSON archive format: writer, JSON Schema, lossless reader, and a schema.org JSON-LD view.
 */
module io.tearsheet.export.json {
    requires transitive io.tearsheet.core;
    requires com.fasterxml.jackson.core;

    exports io.tearsheet.json;

    provides io.tearsheet.read.ArticleReader with io.tearsheet.json.JsonArticleReader;
    provides io.tearsheet.export.ArticleExporter with io.tearsheet.json.JsonExporter, io.tearsheet.json.JsonLdExporter;
}

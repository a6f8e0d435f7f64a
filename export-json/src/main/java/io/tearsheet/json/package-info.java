/**
 * The Tearsheet JSON archive format, which keeps everything the model holds, and a schema.org JSON-LD view of an
 * article for archives and search engines.
 *
 * <p>Start with {@link io.tearsheet.json.JsonExporter}, which writes an article in the archive format, and
 * {@link io.tearsheet.json.JsonArticleReader}, which reads it back without loss;
 * {@link io.tearsheet.json.JsonFormat} names the format, its version rules and its JSON Schema.
 * {@link io.tearsheet.json.JsonLdExporter} writes the JSON-LD view, which is not read back. Both exporters share
 * {@link io.tearsheet.json.JsonOptions}:
 *
 * <pre>{@code
 * JsonExporter archive = JsonExporter.builder().pretty(false).build();
 * JsonLdExporter view = JsonLdExporter.builder().options(archive.options()).build();
 * Article again = JsonArticleReader.create().read(archive.toBytes(article));
 * }</pre>
 *
 * <p>The exporters and the reader are immutable, thread-safe, and found with {@link java.util.ServiceLoader} as
 * {@link io.tearsheet.export.ArticleExporter} and {@link io.tearsheet.read.ArticleReader}. Jackson stays out of
 * every signature here; the writing and reading live in the unexported {@code io.tearsheet.json.internal}.
 *
 * @see <a href="https://schema.org/NewsArticle">schema.org NewsArticle</a>
 */
package io.tearsheet.json;

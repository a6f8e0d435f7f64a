/**
 * What every exporter shares: the {@link io.tearsheet.export.ArticleExporter} and
 * {@link io.tearsheet.export.BookExporter} services, books and their order, figure images, reports, and the display
 * text both EPUB and PDF print ({@link io.tearsheet.export.DisplayText}, {@link io.tearsheet.export.QuotedSources},
 * {@link io.tearsheet.export.ScriptLanguages}), so no two exporters say a thing differently.
 */
package io.tearsheet.export;

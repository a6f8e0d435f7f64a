/**
 * The text conventions of news pages, recognised the same way by every reader: site furniture and the reason it
 * is removed ({@link io.tearsheet.read.conventions.Boilerplate}, {@link io.tearsheet.read.conventions.RemovalReason}),
 * bylines ({@link io.tearsheet.read.conventions.Bylines}) and the authors' bios after an article
 * ({@link io.tearsheet.read.conventions.AuthorBios}), datelines
 * ({@link io.tearsheet.read.conventions.Datelines}), series notes ({@link io.tearsheet.read.conventions.SeriesNotes})
 * and dates written in text ({@link io.tearsheet.read.conventions.Dates}). The plain-text reader uses them from
 * inside core, the HTML reader from its own module, so that an improvement to one reaches both.
 *
 * <p><b>For readers, not a stable public API.</b> The package is exported only to Tearsheet's reader modules
 * ({@code exports io.tearsheet.read.conventions to io.tearsheet.html}); its classes and their results may change
 * in any release. Applications read articles through {@link io.tearsheet.read.ArticleReader} and
 * {@code io.tearsheet.Tearsheet}.
 *
 * <p>The words and phrases the recognisers know (boilerplate phrases, byline words, month names…) are data: text
 * files beside these classes in {@code src/main/resources/io/tearsheet/read/conventions/}, whose README says where
 * each list comes from and how to extend it. Each recogniser reads its lists once, the first time it is used.
 * Every recogniser is safe to call from any thread.
 */
package io.tearsheet.read.conventions;

/**
 * How the EPUB is written; not exported, may change in any release. The zip container
 * ({@link io.tearsheet.epub.internal.EpubZip}) and the streaming XML writer are kept apart from the documents that
 * use them (article, sources page, index, navigation, NCX, package), and from the article traversal.
 */
package io.tearsheet.epub.internal;

/**
 * The HTML reader: {@link io.tearsheet.html.HtmlReader} turns a saved web page into an
 * {@link io.tearsheet.model.Article}. Its workings live in {@code io.tearsheet.html.internal}, which is not exported.
 *
 * @since 0.1.0
 */
package io.tearsheet.html;

/**
 * Quote attribution on the article model: {@link io.tearsheet.quotes.QuoteAttributor} finds quotations, their
 * speakers and the reported speech of groups and documents in any article, whichever reader made it.
 *
 * @since 0.1.0
 */
package io.tearsheet.quotes;

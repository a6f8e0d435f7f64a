/**
 * Quote attribution on the article model: finds the quotations of an article, who said them, and the reported
 * speech of groups, organisations, publications and documents, whichever reader made the article.
 *
 * <p>Start with {@link io.tearsheet.quotes.QuoteAttributor}, the one public class here: configure it with its
 * builder (nesting depth, the scare-quote length, editorial insertions, indirect speech) and call
 * {@code attribute(article)} on an article that has no quotes yet. It returns the article with quotation spans in
 * its paragraphs, its {@link io.tearsheet.model.Quote}s and {@link io.tearsheet.model.Source}s, and provenance
 * notes for every attribution that was inferred or left out. The readers run it themselves:
 * {@code PlainTextReader.builder().quoteAttributor(…)} and the HTML reader's builder take a configured one.
 *
 * <pre>{@code
 * Article attributed = QuoteAttributor.create().attribute(article);
 * for (Quote q : attributed.quotes()) {
 *     String speaker = q.sourceId() == null ? "(unattributed)" : attributed.source(q.sourceId()).orElseThrow().name();
 *     System.out.println(q.kind() + " " + speaker + ": " + q.text());
 * }
 * }</pre>
 *
 * <p>The rules themselves live in the unexported {@code io.tearsheet.quotes.internal} package: one class per
 * rule, run in the steps its package documentation lists. Their word lists (cue verbs, head nouns, titles, …) are
 * text files under {@code io/tearsheet/quotes/internal/lexicon/} in the jar, described by the {@code README.md}
 * there.
 *
 * @since 0.1.0
 */
package io.tearsheet.quotes;

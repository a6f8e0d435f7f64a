/**
 * The rules of quote attribution, one concept per class; not exported, not API.
 *
 * <p>The pass ({@link io.tearsheet.quotes.internal.AttributionPass}) works in steps:
 * <ol>
 *   <li>{@link io.tearsheet.quotes.internal.EditorialInsertions}: bracketed words inside quotations become
 *       editorial insertions;</li>
 *   <li>{@link io.tearsheet.quotes.internal.QuoteScanner}: the quotations of each paragraph, nested to a limited
 *       depth, and {@link io.tearsheet.quotes.internal.ParagraphText}: sentences and words around them;</li>
 *   <li>explicit attribution rules, each an {@link io.tearsheet.quotes.internal.AttributionRule}:
 *       {@link io.tearsheet.quotes.internal.TrailingCueRule} (“Q,” X said / said X / according to X),
 *       {@link io.tearsheet.quotes.internal.LeadingCueRule} (X said: “Q” / X says the … “Q” / Hill said Sondland told
 *       her: “Q” / …, saying “Q”), {@link io.tearsheet.quotes.internal.NamingVerbRule} (what they call “Q”) and
 *       {@link io.tearsheet.quotes.internal.ColonRule} (X was blunt: “Q”); speakers are parsed by
 *       {@link io.tearsheet.quotes.internal.SubjectFinder} and
 *       {@link io.tearsheet.quotes.internal.SpeakerPhraseParser};</li>
 *   <li>{@link io.tearsheet.quotes.internal.IndirectAttributionFinder}: reported speech of groups, bodies and
 *       documents;</li>
 *   <li>{@link io.tearsheet.quotes.internal.MentionFinder} and {@link io.tearsheet.quotes.internal.Discourse}:
 *       every mention resolved to an {@link io.tearsheet.quotes.internal.Entity} in reading order (names and
 *       aliases, "the production company", "the 56-year-old", "the statement said", "his lawyer"), pronouns by
 *       salience in {@link io.tearsheet.quotes.internal.PronounResolver}; each resolution is a
 *       {@link io.tearsheet.quotes.internal.Resolution};</li>
 *   <li>continuation rules, each a {@link io.tearsheet.quotes.internal.ContinuationRule} (the paragraph before,
 *       {@link io.tearsheet.quotes.internal.ParagraphBeforeRule}, among them), then
 *       {@link io.tearsheet.quotes.internal.QuoteKindClassifier};</li>
 *   <li>{@link io.tearsheet.quotes.internal.SpanInserter}: quotation spans written into the inline trees; then
 *       quotes numbered in reading order and sources ({@link io.tearsheet.quotes.internal.SourceIds}).</li>
 * </ol>
 * Every attribution records the {@link io.tearsheet.quotes.internal.RuleId} of the rule that gave it and the
 * {@link io.tearsheet.quotes.internal.Resolution} of its speaker phrase. The specification in the core tests,
 * {@code io/tearsheet/quotes/attribution-spec.txt}, gives every rule and every resolution in examples, and
 * {@code AttributionSpecTest} runs them.
 *
 * <p>The word lists the rules consult ({@link io.tearsheet.quotes.internal.CueVerbs},
 * {@link io.tearsheet.quotes.internal.HeadNouns}, {@link io.tearsheet.quotes.internal.Titles}, …) are text
 * files in {@code lexicon/} beside this package, read once by {@link io.tearsheet.quotes.internal.Lexicon}; the
 * {@code README.md} there says what each holds and how to extend it. They hold general English, never the names
 * of particular articles.
 */
package io.tearsheet.quotes.internal;

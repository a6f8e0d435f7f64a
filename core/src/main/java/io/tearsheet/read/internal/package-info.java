/**
 * How {@link io.tearsheet.read.PlainTextReader} reads a page, one concept per class; not exported, not API:
 * {@link io.tearsheet.read.internal.InputDecoder} and {@link io.tearsheet.read.internal.TextCleaner} (bytes to
 * clean text), {@link io.tearsheet.read.internal.BoilerplateStripper} with the kinds in
 * {@link io.tearsheet.read.internal.Boilerplate}, {@link io.tearsheet.read.internal.HeaderParser} (with
 * {@link io.tearsheet.read.internal.HeadlineSplitter}, {@link io.tearsheet.read.internal.BylineParser},
 * {@link io.tearsheet.read.internal.HeaderDateParser}), {@link io.tearsheet.read.internal.ParagraphAssembler},
 * {@link io.tearsheet.read.internal.DatelineSplitter}, {@link io.tearsheet.read.internal.SeriesNoteParser},
 * {@link io.tearsheet.read.internal.LanguageGuesser} and {@link io.tearsheet.read.internal.QuoteCurler} (behind
 * {@link io.tearsheet.read.Typography}).
 */
package io.tearsheet.read.internal;

/**
 * How {@link io.tearsheet.read.PlainTextReader} reads a page, one concept per class; not exported, not API:
 * {@link io.tearsheet.read.internal.InputDecoder} and {@link io.tearsheet.read.internal.TextCleaner} (bytes to
 * clean text), {@link io.tearsheet.read.internal.BoilerplateStripper} (site furniture at the edges and among the
 * lines), {@link io.tearsheet.read.internal.HeaderParser} (with
 * {@link io.tearsheet.read.internal.HeadlineSplitter}), {@link io.tearsheet.read.internal.ParagraphAssembler},
 * {@link io.tearsheet.read.internal.LanguageGuesser} and {@link io.tearsheet.read.internal.QuoteCurler} (behind
 * {@link io.tearsheet.read.Typography}). The conventions every reader recognises (furniture, bylines, datelines,
 * dates, series notes) are those of {@link io.tearsheet.read.conventions}.
 */
package io.tearsheet.read.internal;

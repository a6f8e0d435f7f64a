/**
 * Text setting: inline trees to styled spans, spans to justified, hyphenated lines of positioned glyphs.
 *
 * <p>Start at {@link io.tearsheet.pdf.internal.text.InlineFlattener} (inlines to {@link
 * io.tearsheet.pdf.internal.text.Span}s) and {@link io.tearsheet.pdf.internal.text.ParagraphSetter} (spans to
 * {@link io.tearsheet.pdf.internal.text.TypesetLine}s), which layout reaches through the {@link
 * io.tearsheet.pdf.internal.text.LineSetter} interface so that it can be tested with stand-in lines.
 */
package io.tearsheet.pdf.internal.text;

/**
 * Text setting: inline trees to styled spans, spans to justified, hyphenated lines of positioned glyphs.
 */
package io.tearsheet.pdf.internal.text;

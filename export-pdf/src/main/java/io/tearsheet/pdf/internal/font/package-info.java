/**
 * Fonts: the shipped faces, a pool of parsed fonts shared between exports, and the per-document fallback
 * chain that guarantees every character is drawn or reported.
 *
 * <p>Start at {@link io.tearsheet.pdf.internal.font.FontSet}, one document's fonts, made from the shared
 * {@link io.tearsheet.pdf.internal.font.FontPool}.
 */
package io.tearsheet.pdf.internal.font;

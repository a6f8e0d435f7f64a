/**
 * Word hyphenation by Frank Liang's algorithm over TeX pattern files, for the line breaker.
 *
 * <p>Start at {@link io.tearsheet.pdf.internal.hyphenation.Hyphenator#forLanguage}.
 */
package io.tearsheet.pdf.internal.hyphenation;

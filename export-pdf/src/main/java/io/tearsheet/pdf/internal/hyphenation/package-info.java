/**
 * Word hyphenation by Frank Liang's algorithm over TeX pattern files, for the line breaker.
 */
package io.tearsheet.pdf.internal.hyphenation;

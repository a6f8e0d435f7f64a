/**
 * Fonts: the shipped faces, a pool of parsed fonts shared between exports, and the per-document fallback
 * chain that guarantees every character is drawn or reported.
 */
package io.tearsheet.pdf.internal.font;

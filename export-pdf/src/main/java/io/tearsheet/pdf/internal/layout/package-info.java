/**
 * Knuth–Plass total-fit line breaking over boxes, glue and penalties; knows nothing of fonts or PDF.
 *
 * <p>Start at {@link io.tearsheet.pdf.internal.layout.LineBreaker}.
 */
package io.tearsheet.pdf.internal.layout;

/**
 * Knuth–Plass total-fit line breaking over boxes, glue and penalties; knows nothing of fonts or PDF.
 */
package io.tearsheet.pdf.internal.layout;

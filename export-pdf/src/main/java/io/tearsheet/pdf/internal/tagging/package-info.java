/**
 * Tagged PDF: the structure tree built in reading order as content is drawn.
 */
package io.tearsheet.pdf.internal.tagging;

/**
 * Tagged PDF: the structure tree built in reading order as content is drawn.
 *
 * <p>Start at {@link io.tearsheet.pdf.internal.tagging.StructureTree}; layout makes
 * {@link io.tearsheet.pdf.internal.tagging.StructNode}s, which join the tree when their first content is drawn.
 */
package io.tearsheet.pdf.internal.tagging;

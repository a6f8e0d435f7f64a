package io.tearsheet.pdf.internal.render;

import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A bookmark: a title and where it points.
 *
 * @param title the title shown in the viewer's outline
 * @param page  the page
 * @param top   the distance from the top of the page
 * @param level 0 for an article, 1 for its headings
 */
record OutlineEntry(String title, PDPage page, float top, int level) {
}

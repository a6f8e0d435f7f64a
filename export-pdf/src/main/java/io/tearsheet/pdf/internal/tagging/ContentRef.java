package io.tearsheet.pdf.internal.tagging;

import org.apache.pdfbox.cos.COSDictionary;

/**
 * A marked-content sequence that belongs to a structure element: its MCID on a page.
 *
 * @param page the page's dictionary
 * @param mcid the marked-content id, unique on that page
 */
record ContentRef(COSDictionary page, int mcid) {
}

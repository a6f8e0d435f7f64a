package io.tearsheet.pdf.internal.tagging;

import org.apache.pdfbox.cos.COSDictionary;

/**
 * An annotation (a link's clickable area) that belongs to a structure element.
 *
 * @param page       the page's dictionary
 * @param annotation the annotation's dictionary
 */
record AnnotationRef(COSDictionary page, COSDictionary annotation) {
}

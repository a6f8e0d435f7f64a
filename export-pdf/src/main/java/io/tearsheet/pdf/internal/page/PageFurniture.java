package io.tearsheet.pdf.internal.page;

import io.tearsheet.pdf.internal.text.TypesetLine;

/**
 * What is printed on every page outside the text: the running head and the folio (page number). Both are
 * drawn as artifacts, so assistive technology skips them.
 */
public interface PageFurniture {

    /** The running head for page {@code number}, or null for none (the opening page of an article). */
    TypesetLine runningHead(int number) throws java.io.IOException;

    /** The folio for page {@code number}, or null for none (a title page, a blank page). */
    TypesetLine folio(int number) throws java.io.IOException;
}

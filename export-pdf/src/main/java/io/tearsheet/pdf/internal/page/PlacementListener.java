package io.tearsheet.pdf.internal.page;

/** Told where each line of text went, so quotations can be listed with their page numbers. */
@FunctionalInterface
public interface PlacementListener {

    /** {@code line} was placed on page {@code number} (from 1). */
    void placed(TextLineItem line, int number);
}

package io.tearsheet.pdf.internal.layout;

/**
 * One element of a paragraph as the line breaker sees it, in Knuth and Plass's model: a box (something
 * printed, of fixed width), glue (space that may stretch or shrink) or a penalty (a possible break with a cost).
 * Items carry only dimensions; callers keep what they stand for in a list parallel to the items.
 */
public sealed interface Item permits Box, Glue, Penalty {

    /** The natural width, in points. */
    double width();
}

package io.tearsheet.read.internal;

import io.tearsheet.model.Removal;

/**
 * A line the plain-text reader removed, with its number in the input, so that removals made by different passes
 * are recorded in input order.
 *
 * @param line    the line's number in the input, from 1
 * @param removal the line's text and why it went
 */
record LineRemoval(int line, Removal removal) {
}

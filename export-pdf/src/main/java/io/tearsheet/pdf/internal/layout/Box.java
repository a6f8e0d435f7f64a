package io.tearsheet.pdf.internal.layout;

/**
 * Printed material that never breaks inside: a word, a syllable, an indent.
 *
 * @param width the width in points, not negative
 */
public record Box(double width) implements Item {
    public Box {
        if (!(width >= 0)) {
            throw new IllegalArgumentException("box width must be a non-negative number, was " + width);
        }
    }
}

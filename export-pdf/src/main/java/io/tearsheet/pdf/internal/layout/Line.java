package io.tearsheet.pdf.internal.layout;

/**
 * One line chosen by the {@link LineBreaker}: items {@code [start, end)} are on it, the break is at item
 * {@code end} (glue or a penalty; a penalty's width, such as a hyphen, is then printed at the end of the line).
 * Glue at the start of the line has been skipped already.
 *
 * @param start the first item on the line
 * @param end   the breaking item, not itself printed unless it is a penalty with width
 * @param ratio the adjustment ratio: 0 natural, 1 every glue at full stretch, −1 at full shrink
 */
public record Line(int start, int end, double ratio) {

    /** The width {@code glue} takes on this line. */
    public double glueWidth(Glue glue) {
        if (ratio >= 0) {
            return glue.width() + ratio * glue.stretch();
        }
        return glue.width() + ratio * glue.shrink();
    }
}

package io.tearsheet.pdf.internal.layout;

/**
 * White space: a line may break at glue that follows a box; glue at the start of a line is dropped.
 *
 * @param width   natural width in points
 * @param stretch how much it may grow at adjustment ratio 1
 * @param shrink  how much it may shrink at adjustment ratio −1 (never more)
 */
public record Glue(double width, double stretch, double shrink) implements Item {
    /** Stretch that absorbs any shortfall, for the end of a paragraph ("fil" in TeX). */
    public static final double FILL = 100_000;

    public Glue {
        if (!(stretch >= 0) || !(shrink >= 0)) {
            throw new IllegalArgumentException("glue stretch and shrink must not be negative");
        }
    }

    /** The glue that ends a paragraph, so its last line may be short. */
    public static Glue fill() {
        return new Glue(0, FILL, 0);
    }
}

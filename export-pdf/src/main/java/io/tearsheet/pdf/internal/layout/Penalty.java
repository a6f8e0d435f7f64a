package io.tearsheet.pdf.internal.layout;

/**
 * A possible break with a cost. {@link #FORBIDDEN} or more never breaks; {@link #FORCED} or less always does.
 * A flagged penalty is a hyphenation point: two flagged breaks in a row cost extra.
 *
 * @param width   what is printed when the line breaks here (a hyphen's width), else nothing
 * @param penalty the cost of breaking here
 * @param flagged whether this is a hyphenation
 */
public record Penalty(double width, double penalty, boolean flagged) implements Item {
    /** A penalty this high forbids the break. */
    public static final double FORBIDDEN = 10_000;
    /** A penalty this low forces it. */
    public static final double FORCED = -10_000;

    /** The break that ends a paragraph. */
    public static Penalty forced() {
        return new Penalty(0, FORCED, false);
    }

    /** A hyphenation point costing {@code cost}; the line then ends with a hyphen {@code hyphenWidth} wide. */
    public static Penalty hyphen(double hyphenWidth, double cost) {
        return new Penalty(hyphenWidth, cost, true);
    }

    /** Whether a break here is mandatory. */
    public boolean isForced() {
        return penalty <= FORCED;
    }
}

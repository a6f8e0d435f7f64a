package io.tearsheet.pdf;

/**
 * Page margins in points. With two-sided printing, {@code inner} is the binding side (left on recto pages,
 * right on verso pages); one-sided, {@code inner} is always the left margin.
 *
 * @param top    above the running head's line
 * @param bottom below the text, where the folio sits
 * @param inner  the binding (or left) side
 * @param outer  the fore-edge (or right) side
 * @since 0.1.0
 */
public record Margins(float top, float bottom, float inner, float outer) {
    public Margins {
        if (!(top >= 0) || !(bottom >= 0) || !(inner >= 0) || !(outer >= 0)) {
            throw new IllegalArgumentException("margins must be non-negative numbers");
        }
    }

    /** The same margin on every side. */
    public static Margins of(float all) {
        return new Margins(all, all, all, all);
    }

    /**
     * The default for a page size: a ninth of the shorter side at the sides, a little more at the foot, so
     * the text block sits slightly above the optical centre.
     */
    public static Margins defaultFor(PageSize size) {
        float side = Math.min(size.width(), size.height()) / 9f;
        return new Margins(side, side * 1.25f, side, side);
    }
}

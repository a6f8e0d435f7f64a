package io.tearsheet.pdf;

/**
 * A trimmed page size, in PostScript points (1/72 inch), portrait.
 *
 * <pre>{@code
 * PdfExporter.builder().pageSize(PageSize.A5).build();
 * PdfExporter.builder().pageSize(PageSize.of(396, 612)).build();   // 5.5 × 8.5 in digest
 * }</pre>
 *
 * @param width  the width in points, from 144 (2 in) to 14,400
 * @param height the height in points, from 144 to 14,400
 * @since 0.1.0
 */
public record PageSize(float width, float height) {
    /** ISO A4, 210 × 297 mm; the default. */
    public static final PageSize A4 = new PageSize(595.276f, 841.89f);
    /** US Letter, 8.5 × 11 in. */
    public static final PageSize US_LETTER = new PageSize(612, 792);
    /** ISO A5, 148 × 210 mm. */
    public static final PageSize A5 = new PageSize(419.528f, 595.276f);
    /** US trade paperback, 6 × 9 in. */
    public static final PageSize TRADE_6X9 = new PageSize(432, 648);

    public PageSize {
        if (!(width >= 144 && width <= 14_400) || !(height >= 144 && height <= 14_400)) {
            throw new IllegalArgumentException("page size must be between 144 and 14400 points each way, was "
                    + width + " × " + height);
        }
    }

    /** A page of any size, in points. */
    public static PageSize of(float width, float height) {
        return new PageSize(width, height);
    }
}

package io.tearsheet.epub;

/**
 * The stylesheet an EPUB is written with. Either can be extended with the builders' {@code extraCss}.
 *
 * @since 0.1.0
 */
public enum EpubStyle {
    /**
     * A serif book page for news (the default): a measure of about 34 ems, 1.5 line spacing, indented paragraphs,
     * a quiet masthead, sidebars and pull quotes set apart. Names only system fonts; embeds none.
     */
    CLASSIC("classic"),

    /**
     * Only what the markup needs to read right (note references, the missing-image box); fonts, sizes and margins
     * are left to the reading system.
     */
    MINIMAL("minimal");

    private final String resource;

    EpubStyle(String resource) {
        this.resource = resource;
    }

    String resource() {
        return resource;
    }
}

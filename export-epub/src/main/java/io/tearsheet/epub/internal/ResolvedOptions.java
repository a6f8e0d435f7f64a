package io.tearsheet.epub.internal;

import java.time.Instant;

/**
 * The options both exporters share ({@link io.tearsheet.epub.EpubOptions}) as the writers use them: the chosen
 * stylesheet read from the jar, a blank extra stylesheet taken as none.
 *
 * @param modified    the modification time to record, or null to take {@link io.tearsheet.export.ExportTimestamp}'s
 * @param sourcesPage whether each article gets a "Sources quoted" page (when it quotes anyone)
 * @param cover       whether the EPUB opens with a generated SVG cover on a page of its own
 * @param titlePage   whether a generated title page follows
 * @param stylesheet  the text of the shipped stylesheet chosen
 * @param extraCss    the publisher's CSS, added last, or null
 */
public record ResolvedOptions(Instant modified, boolean sourcesPage, boolean cover, boolean titlePage,
                              String stylesheet, String extraCss) {
    /**
     * Added only to publications that embed images, so that those without any stay as they were: pictures fit the
     * column and keep their proportions.
     */
    static final String IMAGE_RULES = """

            /* Figures with their images */

            figure img {
              display: block;
              max-width: 100%;
              height: auto;
              margin: 0 auto 0.4em;
            }
            """;

    /** The options with the text of a shipped stylesheet ({@code classic} or {@code minimal}). */
    public static ResolvedOptions of(Instant modified, boolean sourcesPage, boolean cover, boolean titlePage,
                                     String styleName, String extraCss) {
        return new ResolvedOptions(modified, sourcesPage, cover, titlePage, Stylesheets.load(styleName),
                extraCss == null || extraCss.isBlank() ? null : extraCss);
    }

    /**
     * The complete text of {@code style.css}: the shipped stylesheet, the rules for images when the publication has
     * any, then the publisher's CSS, which so has the last word.
     */
    String css(boolean images) {
        String base = images ? stylesheet + IMAGE_RULES : stylesheet;
        if (extraCss == null) {
            return base;
        }
        return base + "\n/* Added by the publisher */\n" + extraCss + (extraCss.endsWith("\n") ? "" : "\n");
    }
}

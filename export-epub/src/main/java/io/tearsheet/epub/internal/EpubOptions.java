package io.tearsheet.epub.internal;

import java.time.Instant;

/**
 * The options both exporters share, resolved by their builders.
 *
 * @param modified    the modification time to record, or null to take {@link io.tearsheet.export.ExportTimestamp}'s
 * @param sourcesPage whether each article gets a "Sources quoted" page (when it quotes anyone)
 * @param cover       whether the EPUB opens with a generated SVG cover on a page of its own
 * @param titlePage   whether a generated title page follows
 * @param stylesheet  the complete text of {@code style.css}
 */
public record EpubOptions(Instant modified, boolean sourcesPage, boolean cover, boolean titlePage,
                          String stylesheet) {

    /** The text of a shipped stylesheet ({@code classic} or {@code minimal}) followed by {@code extraCss}. */
    public static String stylesheet(String name, String extraCss) {
        String base = Stylesheets.load(name);
        if (extraCss == null || extraCss.isBlank()) {
            return base;
        }
        return base + "\n/* Added by the publisher */\n" + extraCss + (extraCss.endsWith("\n") ? "" : "\n");
    }
}

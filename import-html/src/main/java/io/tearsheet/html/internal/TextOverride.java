package io.tearsheet.html.internal;

import io.tearsheet.read.conventions.RemovalReason;

import java.util.Set;

/**
 * When a part's text outweighs its name. Names are strong evidence but not infallible: a section whose id is made
 * from its heading ("sharing-with-a-single-developer") carries the word {@code sharing}, and a story body may carry
 * {@code ad} in a class for its advertising slots. A share bar, a menu, an advertisement or a tag list holds little
 * running text and mostly links; a part holding a lot of running text and few links is article text whatever it is
 * called. Comments, bios, newsletter and paywall prompts are prose by nature, so for them the name always wins, except
 * that a part named for the paywall holding a whole article's prose is the article the paywall guards.
 */
final class TextOverride {
    /** Reasons whose parts are prose by nature: their text never overrides the name. */
    private static final Set<RemovalReason> PROSE_BY_NATURE = Set.of(RemovalReason.COMMENTS, RemovalReason.BIO,
            RemovalReason.NEWSLETTER, RemovalReason.PAYWALL, RemovalReason.HIDDEN, RemovalReason.COOKIE);
    private static final int MIN_TEXT = 300;
    /** A paywall's prompt is a few sentences; a part named for the paywall holding this much prose is the article. */
    private static final int MIN_PAYWALLED_ARTICLE = 1_200;
    private static final double MAX_LINK_DENSITY = 0.15;
    /** Related-story boxes carry summaries, so they need more text and fewer links to count as article text. */
    private static final int MIN_RELATED_TEXT = 600;
    private static final double MAX_RELATED_LINK_DENSITY = 0.08;

    private TextOverride() {
    }

    /** Whether a part named for {@code reason} holds so much running text, and so few links, that it is kept. */
    static boolean keeps(RemovalReason reason, TextMeasure.Stats stats) {
        if (reason == RemovalReason.PAYWALL && stats.treeGoodChars() >= MIN_PAYWALLED_ARTICLE
                && stats.linkDensity() < MAX_RELATED_LINK_DENSITY) {
            return true; // "article.has-paywall", "div.steady-paywall-container": the article behind it, not a prompt
        }
        if (reason == null || PROSE_BY_NATURE.contains(reason) || reason.isRegion()) {
            return false;
        }
        if (reason == RemovalReason.RELATED) {
            return stats.treeGoodChars() >= MIN_RELATED_TEXT && stats.linkDensity() < MAX_RELATED_LINK_DENSITY;
        }
        return stats.treeGoodChars() >= MIN_TEXT && stats.linkDensity() < MAX_LINK_DENSITY;
    }
}

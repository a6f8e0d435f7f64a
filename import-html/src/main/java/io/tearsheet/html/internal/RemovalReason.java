package io.tearsheet.html.internal;

import java.util.Locale;

/**
 * Why a part of the page was left out of the article; its {@link #label()} is what provenance records.
 * Strong reasons remove a part wherever it is; weak ones ({@link #isWeak()}) only describe a region (a page header,
 * a footer, a sidebar) that may hold parts of the article and is therefore looked into rather than dropped whole
 * when it sits inside the article.
 */
public enum RemovalReason {
    NAVIGATION,
    SHARE,
    RELATED,
    COMMENTS,
    NEWSLETTER,
    ADS,
    COOKIE,
    COPYRIGHT,
    CAPTION,
    DUPLICATE,
    BIO,
    PAYWALL,
    TAGS,
    EMBED,
    MEDIA,
    FORM,
    HIDDEN,
    LINKS,
    LABEL,
    BYLINE,
    DATE,
    HEADLINE,
    DECK,
    KICKER,
    HEADER(true),
    FOOTER(true),
    SIDEBAR(true);

    private final boolean weak;

    RemovalReason() {
        this(false);
    }

    RemovalReason(boolean weak) {
        this.weak = weak;
    }

    /** The short lower-case label recorded in {@link io.tearsheet.model.Removal#reason()}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this reason describes a region that may hold article text, rather than something to drop. */
    public boolean isWeak() {
        return weak;
    }
}

package io.tearsheet.read.conventions;

import java.util.Locale;

/**
 * Why a reader left part of its input out of the article: the one vocabulary of
 * {@link io.tearsheet.model.Removal#reason()}, whose {@link #label()} is what provenance and the JSON archive
 * record ("paywall", "share", "qr-code"). Every reader draws its reasons from here, so that the same furniture
 * is named the same way whichever reader removed it.
 *
 * <p>The first group names what a line or a block of furniture says (the kinds {@link Boilerplate} recognises,
 * and a few more that only markup shows); the second what a reader took out of the text because it is metadata
 * it recorded elsewhere (headline, byline, date); the last ({@link #isRegion()}) names regions of a page.
 */
public enum RemovalReason {
    /** A paywall or metering prompt: "You have 2 free articles left", "Subscribe to continue reading". */
    PAYWALL,
    /** An offer to subscribe: "Start your free trial", "Support independent journalism". */
    SUBSCRIBE,
    /** The caption of a QR code printed with the page. */
    QR_CODE,
    /** A menu of translations: "Read this article in: Español | Français". */
    TRANSLATION,
    /** Share buttons and prompts: "Share this article", "Facebook | Twitter | Email". */
    SHARE,
    /** A cookie or consent notice and its buttons. */
    COOKIE,
    /** An advertisement, its label ("Advertisement", "Publicité") or its slot. */
    ADVERTISEMENT,
    /** Links to other articles, and their headings: "Related stories", "Read more: …". */
    RELATED,
    /** A copyright line: "© 2025 The Gazette. All rights reserved." */
    COPYRIGHT,
    /** A "Source:" footer. */
    SOURCE,
    /** A footer of contributors: "(Reporting by …; Editing by …)". */
    CREDITS,
    /** A press release's contact lines: "Pressekontakt: …", "Media contact", "Tel.: +49 30 …". */
    CONTACT,
    /** Site navigation: menus, skip links, breadcrumbs. */
    NAVIGATION,
    /** A newsletter sign-up. */
    NEWSLETTER,
    /** A "Follow us on …" prompt, or one to get the site's app for the latest news. */
    SOCIAL,
    /** Readers' comments, or a prompt to write one. */
    COMMENTS,
    /** A reading aid: "Listen to this article", "4 min read", "Print", "Font size". */
    READING_AID,
    /** A button or control label among the paragraphs ("Image", "Show more", "Back to top"). */
    LABEL,
    /** A caption or picture credit that no kept picture takes (the picture has one already, or was dropped). */
    CAPTION,
    /** An author's biography. */
    BIO,
    /**
     * A site's disclaimer: it answers not for contributors' opinions, gives no medical or financial advice, earns
     * from the links it prints.
     */
    DISCLAIMER,
    /** The article's tags or topics. */
    TAGS,
    /** An embedded post of a social network left as boilerplate (a follow button, an empty placeholder). */
    EMBED,
    /** A media player. */
    MEDIA,
    /** A form: search, log-in, a dialog. */
    FORM,
    /** Markup the page hides from its readers. */
    HIDDEN,
    /** A list of links. */
    LINKS,
    /** The headline again, inside the text. */
    HEADLINE,
    /** The deck (standfirst), inside the text. */
    DECK,
    /** The kicker, inside the text. */
    KICKER,
    /** A byline line, read into the metadata. */
    BYLINE,
    /** A date line or time stamp, read into the metadata or of no use to it. */
    DATE,
    /** The page's header. */
    HEADER(true),
    /** The page's footer. */
    FOOTER(true),
    /** A sidebar. */
    SIDEBAR(true);

    private final String label;
    private final boolean region;

    RemovalReason() {
        this(false);
    }

    RemovalReason(boolean region) {
        this.label = name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.region = region;
    }

    /** The short lower-case label recorded in {@link io.tearsheet.model.Removal#reason()}: "qr-code", "paywall". */
    public String label() {
        return label;
    }

    /**
     * Whether this reason names a region of a page (header, footer, sidebar) rather than what a part of it says: a
     * region may hold parts of the article, so a reader looks into it rather than drop it whole.
     */
    public boolean isRegion() {
        return region;
    }

    /** The reason with this label, or null when the vocabulary has none. */
    public static RemovalReason ofLabel(String label) {
        for (RemovalReason reason : values()) {
            if (reason.label.equals(label)) {
                return reason;
            }
        }
        return null;
    }
}

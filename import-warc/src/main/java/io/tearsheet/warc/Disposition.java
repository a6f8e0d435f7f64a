package io.tearsheet.warc;

/**
 * What becomes of a record of a web archive: read as a page, or left out, and why.
 *
 * @since 0.1.0
 */
public enum Disposition {
    /** A page to read: an HTML response with status 200, an HTML resource, a WET conversion, or a resolved revisit. */
    PAGE("page"),
    /** The file's {@code warcinfo} record. */
    WARCINFO("warcinfo"),
    /** A {@code request} record: what the crawler asked. */
    REQUEST("request"),
    /** A {@code metadata} record: what the crawler noted (outlinks, timings). */
    METADATA("metadata"),
    /** A response whose HTTP status is not 200 (redirects, errors). */
    NOT_OK("not status 200"),
    /**
     * A response or resource that is not HTML (images, scripts, style sheets, PDFs), or a conversion that is not
     * text.
     */
    NOT_HTML("not HTML"),
    /** A revisit of a page that is read in the same run: it would give a second article of the same payload. */
    REVISIT_OF_PAGE("revisit of a page read here"),
    /** A revisit whose original capture is in none of the files given, so there is no payload to read. */
    REVISIT_UNRESOLVED("revisit without its original"),
    /** Left out by the include or exclude pattern on its address. */
    EXCLUDED("not selected"),
    /** A page larger than the payload limit. */
    TOO_LARGE("too large"),
    /** Any other record: {@code continuation}, a segment of a split record, an unknown type. */
    OTHER("other record"),
    /** A record that cannot be read: a truncated gzip member, a bad header, a wrong length. */
    DAMAGED("damaged");

    private final String label;

    Disposition(String label) {
        this.label = label;
    }

    /** A few words for reports, for example {@code "not status 200"}. */
    public String label() {
        return label;
    }
}

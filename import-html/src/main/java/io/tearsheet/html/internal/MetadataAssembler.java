package io.tearsheet.html.internal;

import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Series;
import io.tearsheet.read.conventions.Agencies;
import io.tearsheet.read.conventions.Bylines;
import io.tearsheet.read.conventions.Dates;
import io.tearsheet.read.conventions.SeriesNotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Puts the metadata together from every place the page keeps it, in a fixed order of trust: JSON-LD first, then
 * Open Graph and {@code article:*} tags, then other {@code <meta>} tags, then what the page shows (the
 * {@code <time datetime>}, the visible byline, kicker, deck and dateline, the byline and date lines at the top of the
 * body), then {@code <html lang>} and the canonical link. Where the choice was a guess, a provenance note says so.
 */
final class MetadataAssembler {
    private final PageSignals signals;
    private final VisibleMetadata visible;
    private final BodyEdges.Result edges;
    private final ReadContext context;

    private MetadataAssembler(PageSignals signals, VisibleMetadata visible, BodyEdges.Result edges,
                              ReadContext context) {
        this.signals = signals;
        this.visible = visible;
        this.edges = edges;
        this.context = context;
    }

    /** The headline, before the body is read: the body mapper drops its repetitions. */
    static String headline(PageSignals signals, VisibleMetadata visible) {
        return Headlines.choose(jsonLdHeadline(signals), metaHeadline(signals), visible.headline(), signals.title(),
                signals.siteNames());
    }

    /** The declared headline when the printed one differs from it. */
    static String alternativeHeadline(PageSignals signals, String chosen) {
        return Headlines.alternative(chosen, jsonLdHeadline(signals), metaHeadline(signals), signals.siteNames());
    }

    static String declaredHeadline(PageSignals signals) {
        String fromJsonLd = jsonLdHeadline(signals);
        return fromJsonLd != null ? fromJsonLd : metaHeadline(signals);
    }

    private static String jsonLdHeadline(PageSignals signals) {
        return signals.jsonLd() == null ? null : signals.jsonLd().headline();
    }

    /** The headline of the page's meta tags: Open Graph first, then its kin. */
    private static String metaHeadline(PageSignals signals) {
        return signals.meta().first("og:title", "twitter:title", "parsely-title", "dc.title", "dcterms.title",
                "sailthru.title", "citation_title", "title", "headline");
    }

    /**
     * The deck, before the body is read. The printed deck is the one under the printed headline: where the page's
     * heading is not the article's (a site's name, a listing's title), what stands under it is not its deck.
     *
     * @param headline the page's headline as {@link #headline} chose it
     */
    static String deck(PageSignals signals, VisibleMetadata visible, String headline) {
        if (visible.deck() != null) {
            return headline != null && Texts.key(headline).equals(Texts.key(visible.headline())) ? visible.deck()
                    : null;
        }
        return signals.jsonLd() == null ? null : signals.jsonLd().alternativeHeadline();
    }

    /** The deck: the page's own, or the one the body's edges held; none where it stayed in the body as its text. */
    private String deck(String chosenHeadline) {
        if (edges.deckIsBody()) {
            return null;
        }
        String printed = deck(signals, visible, chosenHeadline);
        return printed != null ? printed : edges.deck();
    }

    /** The kicker, before the body is read. */
    static String kicker(PageSignals signals, VisibleMetadata visible) {
        if (visible.kicker() != null) {
            return visible.kicker();
        }
        String section = signals.jsonLd() == null ? null : signals.jsonLd().section();
        return section != null ? section : signals.meta().first("article:section");
    }

    /**
     * The article's metadata.
     *
     * @param fallbackHeadline what stands in when the page names no headline at all (the body's first words)
     */
    static Metadata assemble(PageSignals signals, VisibleMetadata visible, BodyEdges.Result edges,
                             ReadContext context, String fallbackHeadline) {
        return new MetadataAssembler(signals, visible, edges, context).build(fallbackHeadline);
    }

    private Metadata build(String fallbackHeadline) {
        String chosen = headline(signals, visible);
        String headline = chosen;
        if (headline == null || headline.isBlank()) {
            headline = fallbackHeadline;
            context.note("the page names no headline; the body's first words stand in for it");
        } else if (declaredHeadline(signals) == null && visible.headline() == null) {
            context.note("headline taken from the page's <title>");
        }
        JsonLdArticle jsonLd = signals.jsonLd();
        MetaTags meta = signals.meta();
        List<Byline> authors = new ArrayList<>();
        List<String> credits = new ArrayList<>();
        separateCredits(bylines(), signals.siteNames(), authors, credits);
        Metadata.Builder builder = Metadata.builder()
                .headline(headline)
                .alternativeHeadline(alternativeHeadline(signals, headline))
                .deck(deck(chosen))
                .kicker(kicker(signals, visible))
                .bylines(authors)
                .credits(credits)
                .dateline(edges.dateline() != null ? edges.dateline().place() : visible.dateline())
                .publisher(publisher())
                .published(published())
                .modified(firstDate(jsonLd == null ? null : jsonLd.dateModified(),
                        meta.first("article:modified_time", "og:updated_time", "datemodified", "last-modified",
                                "dcterms.modified", "parsely-updated")))
                .language(language())
                .series(series())
                .canonicalUrl(canonical())
                .rights(rights());
        if (jsonLd != null && jsonLd.paywalled()) {
            context.note("the page marks the article as not free to read; its text may be incomplete");
        }
        return builder.build();
    }

    private List<Byline> bylines() {
        List<String> sites = signals.siteNames();
        List<Byline> fromJsonLd = new ArrayList<>();
        if (signals.jsonLd() != null) {
            for (String author : signals.jsonLd().authors()) {
                List<Byline> parsed = Bylines.read(author);
                String site = parsed.isEmpty() ? siteNamed(author, sites) : null;
                if (parsed.isEmpty() && (Bylines.looksLikeName(author) || site != null
                        && Bylines.looksLikeName(author.substring(0, author.length() - site.length())))) {
                    parsed = List.of(Byline.of(author)); // a site's name run onto it is parted as a credit later
                }
                fromJsonLd.addAll(parsed);
            }
        }
        List<Byline> fromMeta = new ArrayList<>();
        for (String key : new String[] {"article:author", "author", "byl", "parsely-author", "dc.creator",
                "dcterms.creator", "sailthru.author", "citation_author"}) {
            for (String value : meta().all(key)) {
                if (!value.contains("://")) {
                    fromMeta.addAll(Bylines.read(value));
                }
            }
            if (!fromMeta.isEmpty()) {
                break;
            }
        }
        boolean declaredArticle = signals.jsonLd() != null && signals.jsonLd().declaresArticle();
        if (declaredArticle && !fromJsonLd.isEmpty() && !onlySite(fromJsonLd, sites)) {
            // JSON-LD often names only the first author; an author tag, or the byline printed under the headline,
            // that names the same people and more lists them all ("April Roach, Daniel O'Mahony"). Marked links in
            // the page are no such list: they gather the authors of related articles too.
            for (List<Byline> fuller : List.of(fromMeta, visible.bylines(), edges.bylines())) {
                if (namesMoreOf(fuller, fromJsonLd)) {
                    return unique(fuller);
                }
            }
            return unique(fromJsonLd);
        }
        List<List<Byline>> candidates = List.of(fromMeta, visible.bylines(), edges.bylines());
        for (List<Byline> candidate : candidates) {
            if (!candidate.isEmpty() && !onlySite(candidate, sites)) {
                return unique(candidate);
            }
        }
        if (!fromJsonLd.isEmpty()) {
            return unique(fromJsonLd); // an article's declared author naming the site, or the page's own author
        }
        for (List<Byline> candidate : candidates) {
            if (!candidate.isEmpty()) {
                return unique(candidate);
            }
        }
        context.note("no byline found");
        return List.of();
    }

    private MetaTags meta() {
        return signals.meta();
    }

    /**
     * Authors apart from credits: an agency standing as a byline ("AP", "PTI") is a credit, in the agency's own
     * spelling, and a site name run onto a person's name ("Kevin McCoy USA TODAY") is taken off it as one. The site's
     * name alone stays a byline: a blog's name is often its author's, and a body signs its own posts.
     */
    private static void separateCredits(List<Byline> bylines, List<String> sites, List<Byline> authors, List<String> credits) {
        for (Byline byline : bylines) {
            String name = byline.name();
            Optional<String> agency = Agencies.named(name);
            String site = siteNamed(name, sites);
            if (agency.isPresent()) {
                if (!credits.contains(agency.get())) {
                    credits.add(agency.get());
                }
                continue;
            }
            if (site != null && !Texts.key(site).equals(Texts.key(name))) {
                // the site's name printed after the person's: "Kevin McCoy USA TODAY"
                String person = name.substring(0, name.length() - site.length()).strip();
                authors.add(new Byline(person, byline.role()));
                if (!credits.contains(site)) {
                    credits.add(site);
                }
                continue;
            }
            authors.add(byline);
        }
    }

    /** The site name a byline is, or ends with after a person's name; null when neither. */
    private static String siteNamed(String name, List<String> sites) {
        String key = Texts.key(name);
        for (String site : sites) {
            String siteKey = Texts.key(site);
            if (siteKey.isEmpty()) {
                continue;
            }
            if (key.equals(siteKey)) {
                return site;
            }
            int at = name.length() - site.length();
            if (at > 0 && Character.isWhitespace(name.charAt(at - 1))
                    && name.regionMatches(true, at, site, 0, site.length())
                    && Texts.words(name) - Texts.words(site) >= 2) {
                return name.substring(name.length() - site.length());
            }
        }
        return null;
    }

    /** More names than this in an author tag are a list of the site's writers, not a byline. */
    private static final int MAX_AUTHORS = 6;

    /** Whether {@code fuller} names every one of {@code fewer} and someone else besides. */
    private static boolean namesMoreOf(List<Byline> fuller, List<Byline> fewer) {
        Set<String> keys = new HashSet<>();
        for (Byline byline : fuller) {
            keys.add(Texts.key(byline.name()));
        }
        Set<String> wanted = new HashSet<>();
        for (Byline byline : fewer) {
            wanted.add(Texts.key(byline.name()));
        }
        return keys.size() > wanted.size() && keys.size() <= MAX_AUTHORS && keys.containsAll(wanted);
    }

    /** Whether every credit is just the site's own name (as some pages put in their author tags). */
    private static boolean onlySite(List<Byline> bylines, List<String> sites) {
        for (Byline byline : bylines) {
            boolean site = false;
            for (String name : sites) {
                if (Texts.key(name).equals(Texts.key(byline.name()))) {
                    site = true;
                    break;
                }
            }
            if (!site) {
                return false;
            }
        }
        return true;
    }

    private static List<Byline> unique(List<Byline> bylines) {
        List<Byline> unique = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Byline byline : bylines) {
            String key = Texts.key(byline.name());
            if (!keys.contains(key)) {
                keys.add(key);
                unique.add(byline);
            }
        }
        return unique;
    }

    private ArticleDate published() {
        JsonLdArticle jsonLd = signals.jsonLd();
        ArticleDate declared = firstDate(jsonLd == null ? null : jsonLd.datePublished(),
                meta().first("article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                        "publishdate", "publish-date", "publication_date", "dc.date", "dc.date.issued",
                        "dcterms.created", "dcterms.issued", "parsely-pub-date", "sailthru.date",
                        "citation_publication_date", "article.published", "published_time"));
        if (declared != null) {
            return declared;
        }
        if (visible.published() != null) {
            return visible.published();
        }
        if (edges.date() != null) {
            context.note("publication date read from a date line above the text");
            return edges.date();
        }
        ArticleDate fromAddress = dateInAddress(canonical());
        if (fromAddress != null) {
            context.note("publication date read from the article's address");
            return fromAddress;
        }
        context.note("no publication date found");
        return null;
    }

    /**
     * The day a blog or news address names in its path ("/2019/08/02/json-parsing/", "/news/2012-06/04/"), as
     * publishing systems file their articles; null when the path names none, or a day that does not exist.
     */
    static ArticleDate dateInAddress(String address) {
        if (address == null) {
            return null;
        }
        String path;
        try {
            path = java.net.URI.create(address).getRawPath();
        } catch (IllegalArgumentException e) {
            return null; // not an address a date could be read from
        }
        java.util.regex.Matcher m = path == null ? null : ADDRESS_DATE.matcher(path);
        if (m == null || !m.find()) {
            return null;
        }
        try {
            return ArticleDate.of(java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A year, month and day as path segments, or joined by hyphens within one: /2019/08/02/, /2012-06/04/. */
    private static final java.util.regex.Pattern ADDRESS_DATE = java.util.regex.Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\\d|3[01])(?=/|$|[-_.])");

    private static ArticleDate firstDate(String... values) {
        for (String value : values) {
            Optional<ArticleDate> date = Dates.machine(value);
            if (date.isPresent()) {
                return date.get();
            }
        }
        return null;
    }

    private String publisher() {
        String fromJsonLd = signals.jsonLd() == null ? null : signals.jsonLd().publisher();
        return fromJsonLd != null ? fromJsonLd : meta().first("og:site_name", "application-name", "publisher",
                "dc.publisher");
    }

    private String language() {
        List<String> candidates = new ArrayList<>();
        if (signals.jsonLd() != null) {
            candidates.add(signals.jsonLd().language());
        }
        candidates.add(meta().first("og:locale"));
        candidates.add(signals.htmlLang());
        candidates.add(meta().first("content-language", "language", "dc.language"));
        for (String candidate : candidates) {
            String tag = languageTag(candidate);
            if (tag != null) {
                return tag;
            }
        }
        return null;
    }

    /** A BCP 47 tag from what pages write ({@code en_US}, {@code en-gb}, {@code EN}), or null. */
    static String languageTag(String value) {
        if (value == null) {
            return null;
        }
        String tag = value.strip().replace('_', '-');
        int comma = tag.indexOf(',');
        if (comma > 0) {
            tag = tag.substring(0, comma).strip();
        }
        if (tag.isEmpty() || tag.length() > 35) {
            return null;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            String normalised = locale.toLanguageTag();
            return normalised.equals("und") ? null : normalised;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    private Series series() {
        Optional<JsonLdArticle.Part> declared = signals.jsonLd() == null ? Optional.empty()
                : signals.jsonLd().series();
        SeriesNotes.SeriesNote note = edges.series();
        String title = declared.map(JsonLdArticle.Part::title).orElse(note == null ? null : note.title());
        if (title == null) {
            return null;
        }
        Integer part = declared.map(JsonLdArticle.Part::part).orElse(null);
        Integer parts = declared.map(JsonLdArticle.Part::parts).orElse(null);
        if (note != null) {
            part = part != null ? part : note.part();
            parts = parts != null ? parts : note.parts();
        }
        if (part != null && parts != null && part > parts) {
            parts = null;
        }
        return new Series(title, part, parts);
    }

    private String canonical() {
        String[] candidates = {signals.canonical(), meta().first("og:url"),
                signals.jsonLd() == null ? null : signals.jsonLd().url()};
        for (String candidate : candidates) {
            String absolute = Addresses.absoluteWeb(candidate);
            if (absolute != null) {
                return absolute;
            }
        }
        String address = context.pageUrl() == null ? null : Addresses.absoluteWeb(context.pageUrl().toString());
        if (address != null) {
            context.note("the page names no canonical address; its own address stands in");
        }
        return address;
    }

    private String rights() {
        String fromJsonLd = signals.jsonLd() == null ? null : signals.jsonLd().rights();
        return fromJsonLd != null ? fromJsonLd : meta().first("copyright", "dc.rights", "dcterms.rights", "rights");
    }
}

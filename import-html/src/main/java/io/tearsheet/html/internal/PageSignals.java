package io.tearsheet.html.internal;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * What the page's head says about the page as a whole, read once before anything is removed: its JSON-LD article,
 * its {@code <meta>} tags, {@code <title>}, {@code <html lang>} and canonical link.
 *
 * @param jsonLd    the JSON-LD article, or null
 * @param meta      the meta tags
 * @param title     the {@code <title>} text, or null
 * @param htmlLang  the {@code lang} of the root element, or null
 * @param canonical the canonical link's target as written, or null
 */
public record PageSignals(JsonLdArticle jsonLd, MetaTags meta, String title, String htmlLang, String canonical) {

    public static PageSignals read(Document document) {
        MetaTags meta = MetaTags.of(document);
        Element canonicalLink = document.selectFirst("link[rel~=(?i)^canonical$][href]");
        String canonical = canonicalLink == null ? null : canonicalLink.absUrl("href");
        if (canonical != null && canonical.isEmpty()) {
            canonical = canonicalLink.attr("href").strip();
        }
        List<Object> roots = new ArrayList<>();
        for (Element script : document.select("script[type~=(?i)application/ld\\+json]")) {
            Object value = JsonLdParser.parse(script.data());
            if (value != null) {
                roots.add(value);
            }
        }
        String pageUrl = canonical != null ? canonical : meta.first("og:url");
        JsonLdArticle article = JsonLdArticle.find(roots, pageUrl).orElse(null);
        Element titleElement = document.selectFirst("title");
        String title = titleElement == null ? null : Texts.clean(titleElement.text());
        Element root = document.firstElementChild();
        String lang = null;
        if (root != null) {
            lang = Texts.clean(root.hasAttr("lang") ? root.attr("lang") : root.attr("xml:lang"));
        }
        return new PageSignals(article, meta, title == null || title.isEmpty() ? null : title,
                lang == null || lang.isEmpty() ? null : lang, canonical == null || canonical.isEmpty() ? null : canonical);
    }

    /** The article body the page declares in its JSON-LD, or null. */
    public String declaredBody() {
        return jsonLd == null ? null : jsonLd.body();
    }

    /** The names the site goes by (Open Graph site name, JSON-LD publisher, application name), for title cleaning. */
    public List<String> siteNames() {
        List<String> names = new ArrayList<>();
        addIfPresent(names, meta.first("og:site_name"));
        addIfPresent(names, jsonLd == null ? null : jsonLd.publisher());
        addIfPresent(names, meta.first("application-name", "apple-mobile-web-app-title", "twitter:site"));
        return names;
    }

    private static void addIfPresent(List<String> names, String name) {
        if (name != null && !name.isBlank()) {
            names.add(name.startsWith("@") ? name.substring(1) : name);
        }
    }
}

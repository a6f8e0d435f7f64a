package io.tearsheet.html.internal;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page's {@code <meta>} values by lower-case key ({@code og:title}, {@code article:published_time},
 * {@code author}, {@code dc.creator}, {@code itemprop} names), every value of a key kept in page order.
 */
public final class MetaTags {
    /** The properties whose items are parts of the page's own article. */
    private static final Set<String> OWN_PARTS = Set.of("author", "creator", "publisher", "mainentity",
            "mainentityofpage", "contributor", "editor");

    private final Map<String, List<String>> values = new HashMap<>();

    private MetaTags() {
    }

    public static MetaTags of(Document document) {
        MetaTags tags = new MetaTags();
        for (Element meta : document.getElementsByTag("meta")) {
            String content = Texts.clean(meta.attr("content"));
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : new String[] {"property", "name", "itemprop"}) {
                if (attribute.equals("itemprop") && describesAnotherWork(meta)) {
                    continue;
                }
                String key = Texts.lower(meta.attr(attribute).strip());
                if (!key.isEmpty()) {
                    tags.values.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                }
            }
        }
        return tags;
    }

    /**
     * Whether a microdata value belongs to another work the page mentions, not to the page's own article: its item
     * is itself the value of a property ("citation", "review", "comment") other than the article's author, creator,
     * publisher or main entity. A paper's reference list marks each cited work's authors as "author".
     */
    private static boolean describesAnotherWork(Element meta) {
        for (Element up = meta.parent(); up != null; up = up.parent()) {
            if (up.hasAttr("itemscope")) {
                String property = Texts.lower(up.attr("itemprop").strip());
                return !property.isEmpty() && !OWN_PARTS.contains(property);
            }
        }
        return false;
    }

    /** The first value of the first key that has one, or null. */
    public String first(String... keys) {
        for (String key : keys) {
            List<String> list = values.get(key);
            if (list != null && !list.isEmpty()) {
                return list.get(0);
            }
        }
        return null;
    }

    /** Every value of a key, in page order. */
    public List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }
}

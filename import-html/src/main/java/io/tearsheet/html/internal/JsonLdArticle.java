package io.tearsheet.html.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schema.org article a page describes in its JSON-LD ({@code NewsArticle}, {@code Article},
 * {@code BlogPosting} and their kin), with the values the reader uses. References by {@code @id} (as Yoast and other
 * plug-ins write authors and publishers into a {@code @graph}) are followed.
 */
public final class JsonLdArticle {
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "askpublicnewsarticle", "satiricalarticle", "blogposting", "liveblogposting", "report",
            "scholarlyarticle", "techarticle", "advertisercontentarticle");
    private static final Set<String> WEB_PAGE_TYPES = Set.of("webpage", "itempage");
    private static final int MAX_NODES = 50_000;

    private final Map<String, Object> node;
    private final Map<String, Map<String, Object>> byId;
    private final boolean article;

    private JsonLdArticle(Map<String, Object> node, Map<String, Map<String, Object>> byId, boolean article) {
        this.node = node;
        this.byId = byId;
        this.article = article;
    }

    /**
     * Whether the page declares an article; false when only the page's own {@code WebPage} node names an author,
     * which says less than a byline printed on the page.
     */
    public boolean declaresArticle() {
        return article;
    }

    /**
     * The article among the page's JSON-LD values: the one with a body, else the one whose address is
     * {@code pageUrl}, else the first.
     */
    public static Optional<JsonLdArticle> find(List<Object> roots, String pageUrl) {
        Map<String, Map<String, Object>> byId = new HashMap<>();
        List<Map<String, Object>> articles = new ArrayList<>();
        List<Map<String, Object>> pages = new ArrayList<>();
        Deque<Object> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        int seen = 0;
        while (!stack.isEmpty() && seen++ < MAX_NODES) {
            Object value = stack.pop();
            if (value instanceof List<?> list) {
                for (int i = list.size() - 1; i >= 0; i--) {
                    stack.push(list.get(i));
                }
            } else if (value instanceof Map<?, ?> raw) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) raw;
                String id = JsonValues.string(map.get("@id"));
                if (id != null && map.size() > 1) {
                    byId.putIfAbsent(id, map);
                }
                if (isArticle(map)) {
                    articles.add(map);
                } else if (map.containsKey("author") && hasType(map, WEB_PAGE_TYPES)) {
                    pages.add(map);
                }
                List<Object> children = new ArrayList<>(map.values());
                for (int i = children.size() - 1; i >= 0; i--) {
                    if (children.get(i) instanceof Map<?, ?> || children.get(i) instanceof List<?>) {
                        stack.push(children.get(i));
                    }
                }
            }
        }
        if (articles.isEmpty()) {
            return pageAuthor(pages, pageUrl).map(author -> new JsonLdArticle(Map.of("author", author), byId, false));
        }
        Map<String, Object> best = null;
        int bestScore = -1;
        for (Map<String, Object> article : articles) {
            int score = 0;
            if (JsonValues.string(article.get("articleBody")) != null) {
                score += 4;
            }
            if (pageUrl != null && (pageUrl.equals(JsonValues.string(article.get("url")))
                    || pageUrl.equals(JsonValues.string(article.get("@id")))
                    || pageUrl.equals(JsonValues.idOrString(article.get("mainEntityOfPage"))))) {
                score += 2;
            }
            if (JsonValues.string(article.get("headline")) != null) {
                score += 1;
            }
            if (score > bestScore) {
                best = article;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best).map(article -> new JsonLdArticle(article, byId, true));
    }

    /**
     * For a page that declares no article: the author of the page itself, as older versions of Yoast write a post's
     * author into its {@code WebPage} node ({@code "@id": "https://…/post/#webpage"}); the one node whose address is
     * the page's, or the only one when the page's address is unknown.
     */
    private static Optional<Object> pageAuthor(List<Map<String, Object>> pages, String pageUrl) {
        List<Map<String, Object>> own = new ArrayList<>();
        for (Map<String, Object> page : pages) {
            String id = JsonValues.string(page.get("@id"));
            String url = JsonValues.string(page.get("url"));
            if (pageUrl == null || pageUrl.equals(url) || id != null && (id.equals(pageUrl) || id.startsWith(pageUrl + "#"))) {
                own.add(page);
            }
        }
        return own.size() == 1 ? Optional.ofNullable(own.get(0).get("author")) : Optional.empty();
    }

    private static boolean isArticle(Map<String, Object> map) {
        return hasType(map, ARTICLE_TYPES);
    }

    private static boolean hasType(Map<String, Object> map, Set<String> types) {
        for (String type : JsonValues.strings(map.get("@type"))) {
            String bare = type.substring(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1);
            if (types.contains(Texts.lower(bare))) {
                return true;
            }
        }
        return false;
    }

    public String headline() {
        String headline = JsonValues.string(node.get("headline"));
        return headline != null ? headline : JsonValues.string(node.get("name"));
    }

    public String alternativeHeadline() {
        return JsonValues.string(node.get("alternativeHeadline"));
    }

    public String description() {
        return JsonValues.string(node.get("description"));
    }

    public String body() {
        return JsonValues.string(node.get("articleBody"));
    }

    public String datePublished() {
        return JsonValues.string(node.get("datePublished"));
    }

    public String dateModified() {
        return JsonValues.string(node.get("dateModified"));
    }

    public String section() {
        List<String> sections = JsonValues.strings(node.get("articleSection"));
        return sections.isEmpty() ? null : sections.get(0);
    }

    public String language() {
        Object language = resolve(node.get("inLanguage"));
        if (language instanceof Map<?, ?> map) {
            String code = JsonValues.string(map.get("alternateName"));
            return code != null ? code : JsonValues.string(map.get("name"));
        }
        return JsonValues.string(language);
    }

    public String url() {
        String url = JsonValues.string(node.get("url"));
        return url != null ? url : JsonValues.idOrString(node.get("mainEntityOfPage"));
    }

    /** The names of the authors (people or organisations), in order. */
    public List<String> authors() {
        List<String> names = new ArrayList<>();
        for (Object author : JsonValues.list(node.get("author"))) {
            Object resolved = resolve(author);
            // a person's "name" may be a list, and its items links as the page prints them ("<a …>Name</a>")
            List<String> written = resolved instanceof Map<?, ?> map ? JsonValues.strings(map.get("name"))
                    : JsonValues.strings(resolved);
            for (String name : written) {
                String text = name.indexOf('<') >= 0 ? Texts.clean(org.jsoup.Jsoup.parseBodyFragment(name).text()) : name;
                if (!text.isBlank()) {
                    names.add(text);
                }
            }
        }
        return names;
    }

    public String publisher() {
        Object publisher = resolve(JsonValues.first(node.get("publisher")));
        if (publisher instanceof Map<?, ?> map) {
            return JsonValues.string(map.get("name"));
        }
        return JsonValues.string(publisher);
    }

    /** The series the article is part of, when {@code isPartOf} names a {@code CreativeWorkSeries}. */
    public Optional<Part> series() {
        for (Object part : JsonValues.list(node.get("isPartOf"))) {
            Object resolved = resolve(part);
            if (resolved instanceof Map<?, ?> map) {
                boolean series = JsonValues.strings(map.get("@type")).stream()
                        .anyMatch(type -> Texts.lower(type).endsWith("series"));
                String name = JsonValues.string(map.get("name"));
                if (series && name != null) {
                    return Optional.of(new Part(name, JsonValues.integer(node.get("position")),
                            JsonValues.integer(map.get("numberOfItems"))));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the page says the article is behind a paywall ({@code isAccessibleForFree: false}). */
    public boolean paywalled() {
        Object free = node.get("isAccessibleForFree");
        return Boolean.FALSE.equals(free) || "false".equalsIgnoreCase(JsonValues.string(free));
    }

    /** The copyright statement, from {@code copyrightHolder} and {@code copyrightYear}, or null. */
    public String rights() {
        Object holder = resolve(JsonValues.first(node.get("copyrightHolder")));
        String name = holder instanceof Map<?, ?> map ? JsonValues.string(map.get("name"))
                : JsonValues.string(holder);
        String year = JsonValues.string(node.get("copyrightYear"));
        if (name == null) {
            return null;
        }
        return "© " + (year == null ? "" : year + " ") + name;
    }

    private Object resolve(Object value) {
        if (value instanceof Map<?, ?> map && map.size() == 1) {
            String id = JsonValues.string(map.get("@id"));
            if (id != null && byId.containsKey(id)) {
                return byId.get(id);
            }
        }
        return value;
    }

    /**
     * A series membership.
     *
     * @param title the series' name
     * @param part  the article's position, or null
     * @param parts the number of parts, or null
     */
    public record Part(String title, Integer part, Integer parts) {
    }
}

package io.tearsheet.html.internal;

import io.tearsheet.read.conventions.RemovalReason;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an element's names say about it: its tag, {@code class}, {@code id}, {@code role} and a few data attributes
 * split into words ({@code "c-article__share-bar"} gives {@code c, article, share, bar}; {@code "relatedStories"}
 * gives {@code related, stories}), matched against words that sites use for boilerplate and for article text.
 * Words are matched whole, never as substrings, so {@code header} is not read as {@code ad}.
 */
public final class BoilerplateSignals {
    private static final int MAX_NAME_CHARS = 500;
    private static final String WORDS_KEY = "io.tearsheet.html.words";

    private static final Map<String, RemovalReason> WORDS = Map.ofEntries(
            word("nav", RemovalReason.NAVIGATION), word("navbar", RemovalReason.NAVIGATION),
            word("navigation", RemovalReason.NAVIGATION), word("menu", RemovalReason.NAVIGATION),
            word("menubar", RemovalReason.NAVIGATION), word("breadcrumb", RemovalReason.NAVIGATION),
            word("breadcrumbs", RemovalReason.NAVIGATION), word("pagination", RemovalReason.NAVIGATION),
            word("pager", RemovalReason.NAVIGATION), word("skiplink", RemovalReason.NAVIGATION),
            word("toolbar", RemovalReason.NAVIGATION), word("masthead", RemovalReason.HEADER),
            word("share", RemovalReason.SHARE), word("shares", RemovalReason.SHARE),
            word("sharing", RemovalReason.SHARE), word("sharebar", RemovalReason.SHARE),
            word("sharetools", RemovalReason.SHARE), word("social", RemovalReason.SHARE),
            word("socialshare", RemovalReason.SHARE), word("addthis", RemovalReason.SHARE),
            word("sharethis", RemovalReason.SHARE), word("follow", RemovalReason.SHARE),
            word("related", RemovalReason.RELATED), word("relatedlinks", RemovalReason.RELATED),
            word("recommended", RemovalReason.RELATED), word("recommendations", RemovalReason.RELATED),
            word("recirc", RemovalReason.RELATED), word("recirculation", RemovalReason.RELATED),
            word("outbrain", RemovalReason.RELATED), word("taboola", RemovalReason.RELATED),
            word("trending", RemovalReason.RELATED), word("mostread", RemovalReason.RELATED),
            word("mostpopular", RemovalReason.RELATED), word("readmore", RemovalReason.RELATED),
            word("readnext", RemovalReason.RELATED), word("upnext", RemovalReason.RELATED),
            word("promo", RemovalReason.RELATED), word("promos", RemovalReason.RELATED),
            word("teasers", RemovalReason.RELATED),
            word("comment", RemovalReason.COMMENTS), word("comments", RemovalReason.COMMENTS),
            word("commenting", RemovalReason.COMMENTS), word("commentlist", RemovalReason.COMMENTS),
            word("disqus", RemovalReason.COMMENTS), word("discussion", RemovalReason.COMMENTS),
            word("respond", RemovalReason.COMMENTS), word("replies", RemovalReason.COMMENTS),
            word("viafoura", RemovalReason.COMMENTS), word("coral", RemovalReason.COMMENTS),
            word("newsletter", RemovalReason.NEWSLETTER), word("newsletters", RemovalReason.NEWSLETTER),
            word("subscribe", RemovalReason.NEWSLETTER), word("signup", RemovalReason.NEWSLETTER),
            word("optin", RemovalReason.NEWSLETTER), word("mailchimp", RemovalReason.NEWSLETTER),
            word("ad", RemovalReason.ADVERTISEMENT), word("ads", RemovalReason.ADVERTISEMENT), word("adv", RemovalReason.ADVERTISEMENT),
            word("advert", RemovalReason.ADVERTISEMENT), word("adverts", RemovalReason.ADVERTISEMENT),
            word("advertisement", RemovalReason.ADVERTISEMENT), word("advertisements", RemovalReason.ADVERTISEMENT),
            word("advertising", RemovalReason.ADVERTISEMENT), word("adslot", RemovalReason.ADVERTISEMENT),
            word("adunit", RemovalReason.ADVERTISEMENT), word("adsbygoogle", RemovalReason.ADVERTISEMENT),
            word("dfp", RemovalReason.ADVERTISEMENT), word("gpt", RemovalReason.ADVERTISEMENT), word("doubleclick", RemovalReason.ADVERTISEMENT),
            word("sponsor", RemovalReason.ADVERTISEMENT), word("sponsored", RemovalReason.ADVERTISEMENT),
            word("sponsors", RemovalReason.ADVERTISEMENT), word("skyscraper", RemovalReason.ADVERTISEMENT),
            word("leaderboard", RemovalReason.ADVERTISEMENT), word("mpu", RemovalReason.ADVERTISEMENT),
            word("pub", RemovalReason.ADVERTISEMENT), word("publicite", RemovalReason.ADVERTISEMENT),
            word("publicitaire", RemovalReason.ADVERTISEMENT), word("werbung", RemovalReason.ADVERTISEMENT),
            word("anzeige", RemovalReason.ADVERTISEMENT), word("publicidad", RemovalReason.ADVERTISEMENT),
            word("anuncio", RemovalReason.ADVERTISEMENT), word("reklame", RemovalReason.ADVERTISEMENT),
            word("partage", RemovalReason.SHARE), word("teilen", RemovalReason.SHARE),
            word("compartir", RemovalReason.SHARE), word("condividi", RemovalReason.SHARE),
            word("commentaires", RemovalReason.COMMENTS), word("kommentare", RemovalReason.COMMENTS),
            word("comentarios", RemovalReason.COMMENTS),
            word("cookie", RemovalReason.COOKIE), word("cookies", RemovalReason.COOKIE),
            word("consent", RemovalReason.COOKIE), word("gdpr", RemovalReason.COOKIE),
            word("ccpa", RemovalReason.COOKIE), word("onetrust", RemovalReason.COOKIE),
            word("bio", RemovalReason.BIO), word("bios", RemovalReason.BIO), word("biography", RemovalReason.BIO),
            word("authorbox", RemovalReason.BIO), word("authorbio", RemovalReason.BIO),
            word("paywall", RemovalReason.PAYWALL), word("regwall", RemovalReason.PAYWALL),
            word("meter", RemovalReason.PAYWALL), word("metered", RemovalReason.PAYWALL),
            word("tags", RemovalReason.TAGS), word("taglist", RemovalReason.TAGS),
            word("tagcloud", RemovalReason.TAGS), word("topics", RemovalReason.TAGS),
            word("keywords", RemovalReason.TAGS),
            word("sidebar", RemovalReason.SIDEBAR), word("rail", RemovalReason.SIDEBAR),
            word("widget", RemovalReason.SIDEBAR), word("widgets", RemovalReason.SIDEBAR),
            word("side", RemovalReason.SIDEBAR), word("sidecol", RemovalReason.SIDEBAR),
            word("header", RemovalReason.HEADER), word("footer", RemovalReason.FOOTER),
            word("colophon", RemovalReason.FOOTER),
            word("player", RemovalReason.MEDIA), word("jwplayer", RemovalReason.MEDIA),
            word("brightcove", RemovalReason.MEDIA));

    /** Two-word names whose words alone say nothing ({@code more}, {@code read}). */
    private static final Map<String, RemovalReason> PAIRS = Map.ofEntries(
            word("more stories", RemovalReason.RELATED), word("more articles", RemovalReason.RELATED),
            word("more news", RemovalReason.RELATED), word("read more", RemovalReason.RELATED),
            word("read next", RemovalReason.RELATED), word("most read", RemovalReason.RELATED),
            word("most popular", RemovalReason.RELATED), word("most viewed", RemovalReason.RELATED),
            word("also read", RemovalReason.RELATED), word("top stories", RemovalReason.RELATED),
            word("next article", RemovalReason.RELATED), word("you may", RemovalReason.RELATED),
            word("sign up", RemovalReason.NEWSLETTER), word("email signup", RemovalReason.NEWSLETTER),
            word("author info", RemovalReason.BIO), word("about author", RemovalReason.BIO),
            word("author box", RemovalReason.BIO), word("author bio", RemovalReason.BIO),
            word("skip link", RemovalReason.NAVIGATION), word("skip to", RemovalReason.NAVIGATION),
            word("tag list", RemovalReason.TAGS), word("tag cloud", RemovalReason.TAGS),
            word("article tools", RemovalReason.SHARE), word("story tools", RemovalReason.SHARE),
            word("article actions", RemovalReason.SHARE), word("post tags", RemovalReason.TAGS),
            word("entry tags", RemovalReason.TAGS), word("post meta", RemovalReason.LABEL),
            word("lire aussi", RemovalReason.RELATED), word("voir aussi", RemovalReason.RELATED),
            word("auch interessant", RemovalReason.RELATED), word("mehr zum", RemovalReason.RELATED),
            word("entry meta", RemovalReason.LABEL));

    /** Whole class names (not words) that hide an element from sighted readers. */
    private static final Set<String> HIDING_CLASSES = Set.of("hidden", "hide", "is-hidden", "u-hidden", "d-none",
            "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only",
            "offscreen", "invisible", "element-invisible");

    private static final Map<String, RemovalReason> ROLES = Map.of(
            "navigation", RemovalReason.NAVIGATION, "menu", RemovalReason.NAVIGATION,
            "menubar", RemovalReason.NAVIGATION, "search", RemovalReason.FORM,
            "banner", RemovalReason.HEADER, "contentinfo", RemovalReason.FOOTER,
            "complementary", RemovalReason.SIDEBAR, "dialog", RemovalReason.FORM,
            "alertdialog", RemovalReason.FORM);

    /** Words that name the article itself. */
    private static final Set<String> ARTICLE_WORDS = Set.of("article", "articlebody", "body", "content",
            "entry", "main", "post", "story", "storybody", "text", "prose", "richtext", "copy");

    private static final Set<String> PULL_QUOTE_WORDS = Set.of("pullquote", "pullout", "pq");

    private BoilerplateSignals() {
    }

    private static Map.Entry<String, RemovalReason> word(String word, RemovalReason reason) {
        return Map.entry(word, reason);
    }

    /**
     * What the element's names say it is, or null when they say nothing about boilerplate. The first matching
     * word in the order role, class, id, tag wins.
     */
    public static RemovalReason reasonOf(Element element) {
        String role = element.attr("role");
        if (!role.isEmpty()) {
            RemovalReason byRole = ROLES.get(Texts.lower(role.strip()));
            if (byRole != null) {
                return byRole;
            }
        }
        List<String> words = words(element);
        for (int i = 0; i < words.size(); i++) {
            if (i + 1 < words.size()) {
                RemovalReason pair = PAIRS.get(words.get(i) + " " + words.get(i + 1));
                if (pair != null) {
                    return pair;
                }
            }
            RemovalReason single = WORDS.get(words.get(i));
            if (single != null) {
                return single;
            }
        }
        return null;
    }

    /** Whether the element's names say it holds the article ({@code article-body}, {@code story}, …). */
    public static boolean namesArticle(Element element) {
        if ("articleBody".equalsIgnoreCase(element.attr("itemprop"))) {
            return true;
        }
        for (String word : words(element)) {
            if (ARTICLE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element's names mark it as a pull quote ({@code pull-quote}, {@code pullquote}). */
    public static boolean namesPullQuote(Element element) {
        List<String> words = words(element);
        for (int i = 0; i < words.size(); i++) {
            if (PULL_QUOTE_WORDS.contains(words.get(i))
                    || i + 1 < words.size() && words.get(i).equals("pull") && words.get(i + 1).equals("quote")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element's names contain {@code word} (already lower case) as a whole word. */
    public static boolean hasWord(Element element, String word) {
        return words(element).contains(word);
    }

    /** Whether a class name hides the element from sighted readers ({@code sr-only}, {@code visually-hidden}). */
    public static boolean hasHidingClass(Element element) {
        String classes = element.className();
        if (classes.isEmpty()) {
            return false;
        }
        for (String name : classes.split("\\s+")) {
            if (HIDING_CLASSES.contains(Texts.lower(name))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of the element's class, id, custom tag name and component attributes, in that order. Every step of a
     * read asks for them, so they are worked out once per element and kept with it (in jsoup's per-node user data,
     * which belongs to this read's own document).
     */
    @SuppressWarnings("unchecked")
    static List<String> words(Element element) {
        if (element.attributesSize() == 0) {
            return namesOfTag(element);
        }
        Object cached = element.attributes().userData(WORDS_KEY);
        if (cached instanceof List<?> list) {
            return (List<String>) list;
        }
        List<String> words = new ArrayList<>();
        split(element.className(), words);
        split(element.id(), words);
        String tag = element.normalName();
        if (tag.indexOf('-') > 0) {
            split(tag, words);
        }
        split(element.attr("data-component"), words);
        split(element.attr("data-testid"), words);
        List<String> frozen = words.isEmpty() ? List.of() : List.copyOf(words);
        element.attributes().userData(WORDS_KEY, frozen);
        return frozen;
    }

    /** The words of a custom tag name ({@code amp-ad}, {@code ps-promo}) for an element without attributes. */
    private static List<String> namesOfTag(Element element) {
        String tag = element.normalName();
        if (tag.indexOf('-') <= 0) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        split(tag, words);
        return words;
    }

    /** Splits at every non-alphanumeric character and at lower-to-upper case changes, lower-casing each word. */
    static void split(String names, List<String> into) {
        int length = Math.min(names.length(), MAX_NAME_CHARS);
        StringBuilder word = new StringBuilder();
        char previous = 0;
        for (int i = 0; i < length; i++) {
            char c = names.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z';
            boolean alnum = upper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            boolean camelBreak = upper && previous >= 'a' && previous <= 'z';
            if (!alnum || camelBreak) {
                flush(word, into);
            }
            if (alnum) {
                word.append(upper ? (char) (c + ('a' - 'A')) : c);
            }
            previous = c;
        }
        flush(word, into);
    }

    private static void flush(StringBuilder word, List<String> into) {
        if (!word.isEmpty()) {
            into.add(word.toString());
            word.setLength(0);
        }
    }
}

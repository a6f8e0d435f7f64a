package io.tearsheet.html.internal;

import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Byline;
import io.tearsheet.read.conventions.Bylines;
import io.tearsheet.read.conventions.Dates;
import io.tearsheet.read.conventions.MetaLines;
import io.tearsheet.read.conventions.RemovalReason;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the page shows a reader about the article, found by the page's own names for it: the {@code <h1>}, the
 * byline ({@code class="byline"}, {@code rel="author"}, {@code itemprop="author"}), the publication time
 * ({@code <time datetime>}), the kicker above the headline and the deck below it, the dateline. Read before anything
 * is removed, skipping what sits in navigation, related links, comments and advertising, where other stories'
 * headlines and bylines are.
 *
 * @param headline  the article's {@code <h1>}, or null
 * @param bylines   the credits of the visible byline, possibly empty
 * @param published the visible publication date, or null
 * @param kicker    the label above the headline, or null
 * @param deck      the standfirst below the headline, or null
 * @param dateline  an element marked as the dateline, or null
 * @param deckNamedLead whether the page names the deck only as its "lead" or "intro", names pages also give the
 *                  article's first paragraph: it is the deck only where it stands apart from the text
 */
public record VisibleMetadata(String headline, List<Byline> bylines, ArticleDate published, String kicker,
                              String deck, String dateline, boolean deckNamedLead) {
    private static final Set<String> BYLINE_WORDS = Set.of("byline", "byl", "bylines", "byline__authors");
    private static final Set<String> AUTHOR_WORDS = Set.of("author", "authors", "contributor", "contributors",
            "writer", "reporter", "authorbox", "autor", "autoren", "auteur", "autore", "verfasser");
    private static final Set<String> KICKER_WORDS = Set.of("kicker", "eyebrow", "overline", "rubric", "supertitle",
            "flag", "label", "topper");
    private static final Set<String> DECK_WORDS = Set.of("dek", "deck", "standfirst", "subheadline", "subhead",
            "subtitle", "strapline", "summary", "excerpt", "subheading", "description", "sub", "hook", "lede");
    /** Names of the opening paragraph, which some pages set apart as a standfirst and others keep in the text. */
    private static final Set<String> LEAD_WORDS = Set.of("lead", "intro");
    /** Words of a caption, a credit, an author's box or the site's own line: "description" there is no deck. */
    private static final Set<String> NOT_DECK_WORDS = Set.of("caption", "credit", "credits", "img", "image", "photo",
            "author", "bio", "site", "blog", "tagline", "slogan");
    /** A deck more link text than this is a teaser's linked headline. */
    private static final double MAX_DECK_LINK_DENSITY = 0.5;
    /** A paragraph this long is the text itself: the deck is looked for above it. */
    private static final int MAX_DECK_SEARCH_PARAGRAPH = 200;
    private static final Set<String> DATE_WORDS = Set.of("date", "published", "pubdate", "timestamp", "time",
            "dateline", "posted");
    private static final Set<RemovalReason> ELSEWHERE = Set.of(RemovalReason.NAVIGATION, RemovalReason.RELATED,
            RemovalReason.COMMENTS, RemovalReason.ADVERTISEMENT, RemovalReason.NEWSLETTER,
            RemovalReason.COOKIE, RemovalReason.FOOTER, RemovalReason.SIDEBAR);
    private static final int MAX_ANCESTORS = 40;
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[\\s:|·•–—-]+");
    private static final Pattern ARTICLE_ITEM = Pattern.compile(
            "(?i)schema\\.org/(?:\\w*Article|BlogPosting|Report)\\b");
    private static final Pattern TITLE_SEPARATORS = Pattern.compile(
            "\\s+[|–—:·»-]\\s+");
    private static final Pattern NEAR_DATE = Pattern.compile(
            "(?i)\\b(?:[A-Za-z]{3,9}\\.? \\d{1,2},? \\d{4}|\\d{1,2} [A-Za-z]{3,9} \\d{4}|\\d{4}-\\d{2}-\\d{2})\\b");
    /** How many elements after the headline may hold an unmarked byline. */
    private static final int NEAR_HEADLINE = 8;
    /** How many elements after the headline are looked at, at most, to find those few. */
    private static final int NEAR_SCAN = 200;

    /** Longest text an element may have to be read as a headline, byline, date, kicker or deck. */
    private static final int MAX_FIELD_CHARS = 400;
    private static final int MAX_CANDIDATES = 50;

    /**
     * Reads the visible metadata; {@code declaredHeadline} (from the head) helps pick the right {@code <h1>}, and
     * {@code measure} (of the whole page) keeps large elements from being read as short fields.
     */
    public static VisibleMetadata find(Document document, String declaredHeadline, String title,
                                       TextMeasure measure) {
        Element body = document.body();
        Finder finder = new Finder(measure, measure.of(body).treeChars());
        List<Element> all = body.getAllElements();
        Map<Element, Integer> order = new IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
        }
        Element h1 = finder.headline(body, declaredHeadline);
        if (h1 == null && declaredHeadline != null) {
            h1 = finder.declaredShownOnPage(body, declaredHeadline);
        }
        if (h1 == null && declaredHeadline == null) {
            h1 = finder.titleShownOnPage(all, title);
        }
        int h1Order = h1 == null ? -1 : order.get(h1);
        if (h1 != null) {
            finder.headlineAncestors.addAll(h1.parents());
        }
        List<Byline> bylines = finder.bylines(all);
        if (bylines.isEmpty()) {
            bylines = finder.bylineNearHeadline(all, h1, h1Order);
        }
        if (bylines.isEmpty()) {
            bylines = PrintedCredits.labelled(all, finder::isCreditLine, finder::inArticle);
        }
        if (bylines.isEmpty()) {
            bylines = finder.authorLinks(all, h1Order);
        }
        if (bylines.isEmpty() && h1 != null) {
            bylines = finder.bylineAboveHeadline(all, h1Order);
        }
        ArticleDate published = finder.published(body, all);
        if (published == null) {
            published = finder.dateNearHeadline(all, h1, h1Order);
        }
        String kickerInside = h1 == null ? null : finder.kickerInside(h1);
        String kicker = kickerInside != null ? kickerInside : finder.kicker(all, h1Order);
        Deck deck = finder.deck(all, h1, h1Order);
        return new VisibleMetadata(h1 == null ? null : finder.headlineText(h1, kickerInside), bylines, published,
                kicker, deck == null ? null : deck.text(), finder.dateline(all), deck != null && deck.namedLead());
    }

    /** The searches, each reading only elements short enough to be the field it looks for. */
    private static final class Finder {
        private final TextMeasure measure;
        private final int pageChars;
        /** The chosen headline's ancestors: an element that holds it is the article's, not a part about other things. */
        private final Set<Element> headlineAncestors = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        Finder(TextMeasure measure, int pageChars) {
            this.measure = measure;
            this.pageChars = Math.max(1, pageChars);
        }

        /**
         * Whether the element sits in a part of the page about other things (navigation, related links, comments,
         * advertising). The walk up stops at the article's own element and never reads the page's body or root,
         * whose classes describe the page ({@code <body class="single-post sidebar-primary">}), and a named part only
         * counts when it is a part: an element holding half the page's text is no sidebar, whatever it is called.
         */
        private boolean elsewhere(Element element) {
            boolean inFooter = false;
            int level = 0;
            for (Element up = element; up != null && level < MAX_ANCESTORS; up = up.parent(), level++) {
                String tag = up.normalName();
                if (tag.equals("body") || tag.equals("html")) {
                    return inFooter;
                }
                if (tag.equals("nav") || PageCleaner.isHidden(up)) {
                    return true;
                }
                if (headlineAncestors.contains(up)) {
                    return false; // "div#sidebar" that holds the article's own headline is the article, whatever its name
                }
                RemovalReason reason = BoilerplateSignals.reasonOf(up);
                if (reason != null && ELSEWHERE.contains(reason) && measure.of(up).treeChars() * 2 < pageChars) {
                    if (reason != RemovalReason.FOOTER) {
                        return true;
                    }
                    inFooter = true; // the page's footer, unless it is the article's own (its date, its byline)
                }
                if (inFooter && (isArticleContainer(up) || isArticleItem(up))) {
                    // the footer of the article's own item holds its date and byline; a teaser's footer does not
                    return measure.of(up).treeChars() * 5 < pageChars;
                }
                if (isArticleContainer(up) && (headlineAncestors.isEmpty() || !isShort(up, pageChars / 5))) {
                    // the article's own container; a small <article> away from the headline is a teaser, and
                    // what holds it decides (a related box, a sidebar)
                    return false;
                }
            }
            return inFooter;
        }

        /** Whether an element holds the article: {@code <article>}, {@code <main>} or the article's body. */
        private static boolean isArticleContainer(Element element) {
            String tag = element.normalName();
            return tag.equals("article") || tag.equals("main")
                    || "articleBody".equalsIgnoreCase(element.attr("itemprop"));
        }

        /** Whether an element is a microdata item of an article type. */
        private static boolean isArticleItem(Element element) {
            return element.hasAttr("itemscope") && ARTICLE_ITEM.matcher(element.attr("itemtype")).find();
        }

        /** Whether an element's text is short enough to be a line of credit. */
        boolean isCreditLine(Element element) {
            return isShort(element, PrintedCredits.MAX_LINE_CHARS) && measure.of(element).treeChars() > 0;
        }

        /** Whether an element stands in the article rather than in a menu, a sidebar or a comment. */
        boolean inArticle(Element element) {
            return !elsewhere(element);
        }

        private boolean isShort(Element element, int max) {
            return measure.of(element).treeChars() <= max;
        }

        private Element headline(Element body, String declared) {
            if (declared != null) {
                // the page's declared headline printed in an <h1> is the headline, even in a part named "sidebar"
                String key = Texts.key(declared);
                for (Element h1 : body.getElementsByTag("h1")) {
                    if (isShort(h1, MAX_FIELD_CHARS) && !key.isEmpty() && key.equals(Texts.key(h1.text()))
                            && !PageCleaner.isHidden(h1) && h1.closest("nav") == null) {
                        return h1;
                    }
                }
            }
            List<Element> candidates = new ArrayList<>();
            for (Element h1 : body.getElementsByTag("h1")) {
                if (isShort(h1, MAX_FIELD_CHARS) && measure.of(h1).treeChars() > 0 && !elsewhere(h1)
                        && !HomeLinks.isAllOneHomeLink(h1)) {
                    candidates.add(h1);
                    if (candidates.size() >= MAX_CANDIDATES) {
                        break;
                    }
                }
            }
            if (candidates.isEmpty()) {
                return null;
            }
            if (declared != null) {
                String key = Texts.key(declared);
                for (Element h1 : candidates) {
                    String h1Key = Texts.key(h1.text());
                    if (!h1Key.isEmpty() && (key.contains(h1Key) || h1Key.contains(key))) {
                        return h1;
                    }
                }
            }
            for (Element h1 : candidates) {
                if (Texts.words(h1.text()) >= 2 && h1.closest("article, main, [role=main]") != null) {
                    return h1;
                }
            }
            for (Element h1 : candidates) {
                if (Texts.words(h1.text()) >= 3) {
                    return h1;
                }
            }
            return candidates.get(0);
        }

        /**
         * For a page that prints its declared headline in a lower heading ({@code <h2>}, {@code <h3>}): that heading,
         * so that the lines around it (date, byline, deck) are found as around an {@code <h1>}.
         */
        private Element declaredShownOnPage(Element body, String declared) {
            String key = Texts.key(declared);
            if (key.isEmpty()) {
                return null;
            }
            for (Element heading : body.select("h2, h3")) {
                if (isShort(heading, MAX_FIELD_CHARS) && key.equals(Texts.key(heading.text())) && !elsewhere(heading)) {
                    return heading;
                }
            }
            return null;
        }

        /**
         * For a page without {@code <h1>}: the element whose text is one part of the {@code <title>} (the part that
         * is not the site's name), which is how old pages set their headline in large bold type.
         */
        private Element titleShownOnPage(List<Element> all, String title) {
            if (title == null) {
                return null;
            }
            String[] split = TITLE_SEPARATORS.split(title);
            if (split.length < 2) {
                return null; // a title without a site name's separator may be anything
            }
            List<String> parts = new ArrayList<>();
            for (String part : split) {
                if (Texts.words(part) >= 2) {
                    parts.add(Texts.key(part));
                }
            }
            for (Element element : all) {
                if (isShort(element, MAX_FIELD_CHARS) && measure.of(element).treeChars() > 0
                        && parts.contains(Texts.key(element.text())) && !elsewhere(element)
                        && !HomeLinks.isAllOneHomeLink(element)) {
                    return element;
                }
            }
            return null;
        }

        /**
         * For a page that names its byline nowhere: a short line just after the headline that opens as a credit
         * does ("von Anna Berg"), gives the credit after a date or a posting word ("Posted on May 4, 2022 by Noor
         * Haddad"), or is a name, perhaps with a date ("Noor Haddad · Jan 30, 2024").
         */
        private List<Byline> bylineNearHeadline(List<Element> all, Element h1, int h1Order) {
            if (h1 == null) {
                return List.of();
            }
            int afterHeadline = h1Order + h1.getAllElements().size();
            int looked = 0;
            for (int i = afterHeadline; i < all.size() && i < afterHeadline + NEAR_SCAN && looked < NEAR_HEADLINE; i++) {
                Element element = all.get(i);
                if (!isShort(element, 80)) {
                    continue;
                }
                looked++;
                String text = Texts.clean(element.text());
                List<Byline> opened = PrintedCredits.ofOpenedLine(element);
                if (!opened.isEmpty() && !elsewhere(element)) {
                    return opened;
                }
                List<Byline> posted = Bylines.readPostingLine(text);
                if (!posted.isEmpty() && !elsewhere(element)) {
                    return posted; // "Posted on May 4, 2022 by Noor Haddad", "12.06.2017 von Anna Berg"
                }
                List<Byline> parted = MetaLines.readDatedParts(Texts.itemsParted(element));
                if (!parted.isEmpty() && !elsewhere(element)) {
                    return parted; // "Kommentar | 19. Oktober 2019 | Anna Berg", as items of a list or as text
                }
                if (!NEAR_DATE.matcher(text).find()) {
                    continue;
                }
                String withoutDate = NEAR_DATE.matcher(text).replaceAll(" ").replaceAll("[·|•,]", " ").strip();
                if (!withoutDate.isEmpty() && Bylines.looksLikeName(withoutDate) && Texts.words(withoutDate) >= 2
                        && Texts.words(withoutDate) <= 4) {
                    return Bylines.read(withoutDate);
                }
            }
            return List.of();
        }

        /**
         * For a page that marks no byline and has none under the headline: a short line just above it that gives a
         * date and a name in parts ("04.02.2022 | 13:10 Uhr | Anna Berg").
         */
        private List<Byline> bylineAboveHeadline(List<Element> all, int h1Order) {
            for (Element element : shortLinesAbove(all, h1Order)) {
                List<Byline> parted = MetaLines.readDatedParts(Texts.itemsParted(element));
                if (!parted.isEmpty()) {
                    return parted;
                }
            }
            return List.of();
        }

        /**
         * The short elements just above the headline, nearest first, outside links: lines are counted, not the links
         * and spans inside them, and a teaser's {@code <article>} above the headline ends the list.
         */
        private List<Element> shortLinesAbove(List<Element> all, int h1Order) {
            List<Element> lines = new ArrayList<>();
            int looked = 0;
            for (int i = h1Order - 1; i >= 0 && i >= h1Order - NEAR_SCAN && looked < NEAR_HEADLINE; i--) {
                Element element = all.get(i);
                if (headlineAncestors.contains(element) || !isShort(element, 80)
                        || measure.of(element).treeChars() == 0 || elsewhere(element)) {
                    continue;
                }
                if (inAnotherArticle(element)) {
                    break;
                }
                if (element.isBlock()) {
                    looked++;
                }
                if (element.closest("a") == null) {
                    lines.add(element);
                }
            }
            return lines;
        }

        /** For a page that marks no date: a short line just after the headline that holds one, or just above it. */
        private ArticleDate dateNearHeadline(List<Element> all, Element h1, int h1Order) {
            if (h1 == null) {
                return null;
            }
            int afterHeadline = h1Order + h1.getAllElements().size();
            int looked = 0;
            for (int i = afterHeadline; i < all.size() && i < afterHeadline + NEAR_SCAN && looked < NEAR_HEADLINE; i++) {
                Element element = all.get(i);
                if (!isShort(element, 80)) {
                    continue;
                }
                looked++;
                Optional<ArticleDate> date = Dates.written(element.text());
                if (date.isPresent()) {
                    return date.get();
                }
            }
            // then a line just above it, as "Anna Berg / 22.04.2020 / 06:15" over the headline
            for (Element element : shortLinesAbove(all, h1Order)) {
                Optional<ArticleDate> date = Dates.written(element.text());
                if (date.isPresent()) {
                    return date.get();
                }
            }
            return null;
        }

        private List<Byline> bylines(List<Element> all) {
            int tried = 0;
            for (Element element : all) {
                // a class or id naming the byline, or the element itself named so ("<byline>", as news markup has it)
                boolean named = hasAny(element, BYLINE_WORDS) || element.normalName().equals("byline");
                if (named && isShort(element, 300) && tried++ < MAX_CANDIDATES
                        && !elsewhere(element)) {
                    List<Byline> parsed = Bylines.read(bylineText(element));
                    if (!parsed.isEmpty()) {
                        return parsed;
                    }
                }
            }
            Set<String> names = new LinkedHashSet<>();
            tried = 0;
            for (Element author : all) {
                boolean marked = author.attr("rel").equalsIgnoreCase("author")
                        || author.attr("itemprop").equalsIgnoreCase("author");
                // a picture's credit and a teaser's author are marked the same way, and are not the article's
                if (!marked || !isShort(author, 300) || tried++ >= MAX_CANDIDATES || elsewhere(author)
                        || author.closest("figure, figcaption") != null || inAnotherArticle(author)) {
                    continue;
                }
                Element name = author.selectFirst("[itemprop=name]");
                String text = name == null ? author.text()
                        : name.hasAttr("content") ? name.attr("content") : name.text();
                for (Byline byline : Bylines.read(text)) {
                    names.add(byline.name());
                }
            }
            if (!names.isEmpty()) {
                return names.stream().map(Byline::of).toList();
            }
            tried = 0;
            for (Element element : all) {
                if ((hasAny(element, AUTHOR_WORDS) || hasAuthorStem(element)) && isShort(element, 150)
                        && tried++ < MAX_CANDIDATES
                        && !HtmlTags.isLink(element) && !elsewhere(element)) {
                    List<Byline> parsed = Bylines.read(bylineText(element));
                    if (!parsed.isEmpty()) {
                        return parsed;
                    }
                }
            }
            return List.of();
        }

        /** For a page that marks no byline: the links near the headline to the pages of the authors they name. */
        private List<Byline> authorLinks(List<Element> all, int h1Order) {
            if (h1Order < 0) {
                return List.of();
            }
            Set<String> names = new LinkedHashSet<>();
            for (int i = Math.max(0, h1Order - NEAR_SCAN); i < all.size() && i < h1Order + NEAR_SCAN; i++) {
                Element element = all.get(i);
                String author = AuthorLinks.author(element);
                if (author != null && !elsewhere(element) && !inAnotherArticle(element)) {
                    names.add(author);
                }
            }
            return names.stream().map(Byline::of).toList();
        }

        /**
         * Whether the element stands in an {@code <article>} that does not hold the headline: a teaser's, whose date
         * or author link is not the article's, wherever it stands.
         */
        private boolean inAnotherArticle(Element element) {
            Element container = element.closest("article");
            return container != null && !headlineAncestors.contains(container);
        }

        /** A byline's text without the date that often shares its box. */
        private String bylineText(Element element) {
            for (Element part : element.getAllElements()) {
                if (part != element && (part.normalName().equals("time") || hasAny(part, DATE_WORDS))) {
                    return FigureMapper.textExcluding(element, part);
                }
            }
            return Texts.clean(element.text());
        }

        private ArticleDate published(Element body, List<Element> all) {
            List<Element> times = new ArrayList<>();
            for (Element time : all) {
                boolean candidate = time.normalName().equals("time") && time.hasAttr("datetime")
                        || "datePublished".equals(time.attr("itemprop"));
                if (candidate && isShort(time, MAX_FIELD_CHARS) && !elsewhere(time)) {
                    times.add(time);
                    if (times.size() >= MAX_CANDIDATES) {
                        break;
                    }
                }
            }
            for (Element time : times) {
                boolean marked = "datePublished".equals(time.attr("itemprop")) || time.hasAttr("pubdate")
                        || hasAny(time, Set.of("published", "pubdate", "publish"));
                if (marked) {
                    Optional<ArticleDate> date = machineDate(time);
                    if (date.isPresent()) {
                        return date.get();
                    }
                }
            }
            for (Element time : times) {
                Optional<ArticleDate> date = machineDate(time);
                if (date.isPresent()) {
                    return date.get();
                }
            }
            int tried = 0;
            for (Element element : all) {
                if (hasAny(element, DATE_WORDS) && isShort(element, 120) && tried++ < MAX_CANDIDATES
                        && !elsewhere(element)) {
                    Optional<ArticleDate> date = Dates.written(element.text());
                    if (date.isPresent()) {
                        return date.get();
                    }
                }
            }
            return null;
        }

        private Optional<ArticleDate> machineDate(Element time) {
            String value = time.hasAttr("datetime") ? time.attr("datetime")
                    : time.hasAttr("content") ? time.attr("content") : time.text();
            Optional<ArticleDate> date = Dates.machine(value);
            return date.isPresent() ? date : Dates.written(time.text());
        }

        /**
         * The headline as printed: the heading's text without the kicker printed inside it ({@link #kickerInside},
         * or null for none) and without words hidden from sight ("<h1><span class=kicker>Klimaschutz</span><span
         * class=visually-hidden>: </span>Bohren, bis es heiß wird</h1>" is "Bohren, bis es heiß wird").
         */
        String headlineText(Element h1, String kickerInside) {
            if (kickerInside == null) {
                return Texts.clean(h1.text());
            }
            Element copy = h1.clone();
            for (Element part : copy.getAllElements()) {
                if (part != copy && part.parent() != null
                        && (hasAny(part, KICKER_WORDS) || BoilerplateSignals.hasHidingClass(part))) {
                    part.remove();
                }
            }
            String text = LEADING_SEPARATOR.matcher(Texts.clean(copy.text())).replaceFirst(""); // " : Wie Firmen …"
            return text.isEmpty() ? Texts.clean(h1.text()) : text;
        }

        /** A kicker printed inside the headline's own element, beside the headline's words, or null. */
        String kickerInside(Element h1) {
            for (Element part : h1.getAllElements()) {
                if (part != h1 && hasAny(part, KICKER_WORDS)) {
                    String text = Texts.clean(part.text());
                    String all = Texts.clean(h1.text());
                    return !text.isEmpty() && text.length() + 3 < all.length() ? text : null;
                }
            }
            return null;
        }

        private String kicker(List<Element> all, int h1Order) {
            if (h1Order < 0) {
                return null;
            }
            for (int i = Math.max(0, h1Order - 60); i < h1Order; i++) {
                Element element = all.get(i);
                if (hasAny(element, KICKER_WORDS) && isShort(element, 60) && !elsewhere(element)) {
                    String text = Texts.clean(element.text());
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return null;
        }

        private Deck deck(List<Element> all, Element h1, int h1Order) {
            if (h1 == null) {
                return null;
            }
            Element next = h1.nextElementSibling();
            if (next != null && next.normalName().equals("h2") && isShort(next, MAX_FIELD_CHARS)
                    && Texts.words(next.text()) >= 4) {
                return new Deck(Texts.clean(next.text()), false);
            }
            for (int i = h1Order + 1; i < Math.min(all.size(), h1Order + 80); i++) {
                Element element = all.get(i);
                boolean named = hasAny(element, DECK_WORDS);
                if ((named || hasAny(element, LEAD_WORDS)) && isShort(element, MAX_FIELD_CHARS) && !elsewhere(element)
                        && !hasAny(element, NOT_DECK_WORDS) && element.closest("figure, figcaption") == null
                        && element.selectFirst("figure, img, picture, video") == null) {
                    String text = Texts.clean(element.text());
                    // a linked line is another story's headline (a teaser's), never this one's standfirst
                    if (text.length() >= 20 && element.getElementsByTag("p").size() <= 1
                            && measure.of(element).linkDensity() <= MAX_DECK_LINK_DENSITY) {
                        return new Deck(text, !named);
                    }
                }
                if (element.normalName().equals("p") && element.text().length() > MAX_DECK_SEARCH_PARAGRAPH) {
                    break; // the standfirst stands between the headline and the text, not after the text begins
                }
            }
            return null;
        }

        private String dateline(List<Element> all) {
            int tried = 0;
            for (Element element : all) {
                if (BoilerplateSignals.hasWord(element, "dateline") && isShort(element, 60)
                        && tried++ < MAX_CANDIDATES) {
                    String text = Texts.clean(element.text()).replaceAll("[\\s—–-]+$", "");
                    if (!text.isEmpty() && Dates.written(text).isEmpty()) {
                        return text;
                    }
                }
            }
            return null;
        }
    }

    /** The standfirst found under the headline, and whether the page names it only as its lead or intro. */
    private record Deck(String text, boolean namedLead) {
    }

    /** A class word that is "author" or "autor" run together with another ("authorname", "autorenzeile"). */
    private static boolean hasAuthorStem(Element element) {
        for (String word : BoilerplateSignals.words(element)) {
            if ((word.startsWith("author") || word.startsWith("autor")) && !AUTHOR_ASIDES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Author words that name a box about the author rather than the byline. */
    private static final Set<String> AUTHOR_ASIDES = Set.of("authorbio", "authorinfo", "authordescription",
            "authorbiography", "authorabout", "autorenbox", "autorinfo");

    private static boolean hasAny(Element element, Set<String> words) {
        for (String word : BoilerplateSignals.words(element)) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

}

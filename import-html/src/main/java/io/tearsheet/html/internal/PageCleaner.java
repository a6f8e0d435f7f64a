package io.tearsheet.html.internal;

import io.tearsheet.read.conventions.RemovalReason;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The first, page-wide cut: removes what is never article text (scripts, styles, forms, hidden parts) and what the
 * page's own names and headings mark as navigation, sharing, related links, comments, newsletters, advertising,
 * cookie notices, author bios or paywall prompts, recording each in the {@link RemovalLog}.
 *
 * <p>The cut is careful with containers: an element that holds a large share of the page's running text (at least
 * {@link #PROTECTED_SHARE}) is never removed whole, whatever its names say ({@code <div class="article-body
 * paywall">}), and regions that may hold article parts (a {@code <header>}, a {@code <footer>}, an {@code <aside>})
 * are only removed when they lie outside every article-like element; inside one, the body mapper decides.
 */
public final class PageCleaner {
    /** An element holding this share of the page's running text is looked into, never removed whole. */
    static final double PROTECTED_SHARE = 0.3;
    /** A plain block announcing comments holds at most this many characters. */
    private static final int MAX_CUE_CHARS = 30;
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)\\b", Pattern.CASE_INSENSITIVE);

    private final ReadContext context;
    private final TextMeasure measure;
    private final int pageGoodChars;

    private PageCleaner(ReadContext context, TextMeasure measure, int pageGoodChars) {
        this.context = context;
        this.measure = measure;
        this.pageGoodChars = pageGoodChars;
    }

    /**
     * Cleans {@code body} in place.
     *
     * @param measure the measures of the page before cleaning
     */
    public static void clean(Element body, ReadContext context, TextMeasure measure) {
        PageCleaner cleaner = new PageCleaner(context, measure, measure.of(body).treeGoodChars());
        // sections first: a heading named for what it announces (<h2 id="comments">) would otherwise be cut alone
        cleaner.removeAnnouncedSections(body);
        NodeTraversor.filter(cleaner.new Cut(), body);
    }

    /**
     * Lazy-loading pages put the real {@code <img>} inside {@code <noscript>}, whose content the parser keeps as
     * text; where no other image stands beside it, the markup is parsed and put in its place.
     */
    public static void rescueNoscriptImages(Element body) {
        for (Element noscript : body.getElementsByTag("noscript")) {
            String markup = noscript.wholeText();
            if (!markup.toLowerCase(Locale.ROOT).contains("<img") || markup.length() > 20_000) {
                continue;
            }
            Element parent = noscript.parent();
            if (parent == null || hasRealImage(parent)) {
                continue;
            }
            List<Node> images = new ArrayList<>();
            for (Node node : Parser.parseFragment(markup, parent, body.baseUri())) {
                if (node instanceof Element element && (element.normalName().equals("img")
                        || !element.getElementsByTag("img").isEmpty())) {
                    images.add(node);
                }
            }
            replaceWith(noscript, images);
        }
    }

    /**
     * Unfolds the article a page keeps in a template script inside the element it marks as the article's body
     * ({@code <div itemprop="articleBody"><script type="text/template"><p>…}), as some blog platforms do and their
     * script would on loading: the template's markup takes the script's place. Templates anywhere else stay
     * scripts.
     */
    public static void unfoldBodyTemplates(Element body) {
        for (Element script : body.select("[itemprop=articleBody] script[type]")) {
            String type = script.attr("type").toLowerCase(Locale.ROOT).strip();
            if (!BODY_TEMPLATE_TYPES.contains(type)) {
                continue;
            }
            String markup = script.data();
            Element parent = script.parent();
            if (parent == null || markup.length() > MAX_TEMPLATE_CHARS || !markup.contains("<")) {
                continue;
            }
            replaceWith(script, Parser.parseFragment(markup, parent, body.baseUri()));
        }
    }

    /** Puts {@code nodes} where {@code element} stands, in order, and drops the element. */
    private static void replaceWith(Element element, List<Node> nodes) {
        Element holder = new Element("span");
        for (Node node : nodes) {
            holder.appendChild(node);
        }
        element.replaceWith(holder);
        holder.unwrap();
    }

    private static final java.util.Set<String> BODY_TEMPLATE_TYPES = java.util.Set.of("text/template",
            "text/x-template", "text/html");
    /** A template longer than this is no article kept for later. */
    private static final int MAX_TEMPLATE_CHARS = 500_000;

    private static boolean hasRealImage(Element parent) {
        for (Element img : parent.getElementsByTag("img")) {
            if (!ImageSources.of(img).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The reason to remove {@code element} from the page, or null to keep it (its children are still judged). */
    private RemovalReason removalReason(Element element, boolean insideArticle) {
        String tag = element.normalName();
        if (tag.equals("body") || tag.equals("html") || "articleBody".equalsIgnoreCase(element.attr("itemprop"))
                || BoilerplateSignals.namesPullQuote(element) || SpecialNotes.kindOf(element) != null) {
            return null;
        }
        RemovalReason reason = reasonOf(element);
        if (reason == null || isProtected(element, reason) || TextOverride.keeps(reason, measure.of(element))) {
            return null;
        }
        if (reason.isRegion() && insideArticle) {
            return null;
        }
        return reason;
    }

    private RemovalReason reasonOf(Element element) {
        if (isHidden(element)) {
            return RemovalReason.HIDDEN;
        }
        String tag = element.normalName();
        if (tag.equals("nav")) {
            return RemovalReason.NAVIGATION;
        }
        if (tag.equals("form") && !element.select("input:not([type=hidden]), textarea, select").isEmpty()) {
            RemovalReason named = BoilerplateSignals.reasonOf(element);
            return named != null && !named.isRegion() ? named : RemovalReason.FORM;
        }
        if (EmbedKinds.isSocialEmbedBoilerplate(element)) {
            return RemovalReason.EMBED;
        }
        RemovalReason named = BoilerplateSignals.reasonOf(element);
        if (named != null) {
            return named;
        }
        return switch (tag) {
            case "header" -> RemovalReason.HEADER;
            case "footer" -> RemovalReason.FOOTER;
            case "aside" -> RemovalReason.SIDEBAR;
            default -> null;
        };
    }

    static boolean isHidden(Element element) {
        if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden").strip())
                && !element.normalName().equals("img")) {
            return true;
        }
        String style = element.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find() || BoilerplateSignals.hasHidingClass(element);
    }

    /** Whether an element holds so much of the page's running text that it must be the article, or hold it. */
    private boolean isProtected(Element element, RemovalReason reason) {
        TextMeasure.Stats stats = measure.of(element);
        boolean large = pageGoodChars > 0 && stats.treeGoodChars() >= PROTECTED_SHARE * pageGoodChars;
        if (reason == RemovalReason.COMMENTS) {
            // comment threads can outweigh the article; only a container that also names the article survives
            return large && BoilerplateSignals.namesArticle(element);
        }
        return large;
    }

    /** Whether an element is the article or its main region (inside which weak regions are left to the mapper). */
    private static boolean isArticleRegion(Element element) {
        String tag = element.normalName();
        return tag.equals("article") || tag.equals("main") || "main".equals(element.attr("role"))
                || "articleBody".equalsIgnoreCase(element.attr("itemprop"));
    }

    /**
     * Removes the sections that a heading announces as boilerplate ("Related stories", "3 Comments"). Old pages set
     * the heading of their comments in a plain block ({@code <div class="hd">Comments</div>}, {@code <p><b>Have your
     * say</b></p>}); a block holding nothing but such a cue announces them as well.
     */
    private void removeAnnouncedSections(Element body) {
        List<Element> headings = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (HtmlTags.headingLevel(element) > 0 || isCommentsCue(element)) {
                headings.add(element);
            }
        }
        for (Element heading : headings) {
            if (measure.of(heading).treeChars() > SectionCues.MAX_CHARS || heading.ownerDocument() == null) {
                continue;
            }
            RemovalReason reason = HtmlTags.headingLevel(heading) > 0 ? SectionCues.of(heading.text())
                    : RemovalReason.COMMENTS;
            if (reason == null && BoilerplateSignals.reasonOf(heading) == RemovalReason.COMMENTS) {
                reason = RemovalReason.COMMENTS;
            }
            if (reason == null) {
                continue;
            }
            Element section = heading.parent();
            boolean headsSection = section != null && section.children().indexOf(heading) <= 1
                    && nothingReadsBefore(heading) && !section.normalName().equals("body")
                    && !isProtected(section, reason);
            if (headsSection) {
                remove(section, reason);
            } else {
                removeHeadingAndFollowers(heading, reason);
            }
        }
    }

    /** Whether no running text stands before {@code heading} in its parent: then the heading opens the parent. */
    private boolean nothingReadsBefore(Element heading) {
        for (Element before = heading.previousElementSibling(); before != null;
             before = before.previousElementSibling()) {
            if (measure.of(before).treeGoodChars() > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A block that is not a heading but holds only a cue announcing comments, in no more than a few words, after
     * running text in the same parent: a link saying "12 Comments" jumps to them and announces nothing, and the
     * label of a tab above the story is no heading of what follows.
     */
    private boolean isCommentsCue(Element element) {
        if (HtmlTags.isInline(element) || element.normalName().equals("body") || HtmlTags.headingLevel(element) > 0) {
            return false;
        }
        TextMeasure.Stats stats = measure.of(element);
        if (stats.treeChars() == 0 || stats.treeChars() > MAX_CUE_CHARS || stats.ownChars() == 0
                || stats.linkDensity() >= 0.5 || nothingReadsBefore(element)) {
            return false;
        }
        for (Element child : element.children()) {
            if (!HtmlTags.isInline(child)) {
                return false;
            }
        }
        return SectionCues.announcesComments(element.text());
    }

    /** Inside a container that must stay: the heading, and what follows it until running text resumes. */
    private void removeHeadingAndFollowers(Element heading, RemovalReason reason) {
        List<Element> doomed = new ArrayList<>();
        doomed.add(heading);
        for (Element next = heading.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            boolean text = measure.of(next).treeGoodChars() > 0 && measure.of(next).linkDensity() < 0.5;
            if (text && reason != RemovalReason.COMMENTS || HtmlTags.headingLevel(next) > 0) {
                break;
            }
            doomed.add(next);
        }
        for (Element element : doomed) {
            remove(element, reason);
        }
    }

    private void remove(Element element, RemovalReason reason) {
        context.removals().add(element, reason);
        element.remove();
    }

    /**
     * The page-wide pass: judges each element on the way down, removing whole subtrees; counts the article regions
     * it is inside, so that no element needs to look at its ancestors.
     */
    private final class Cut implements NodeFilter {
        private int articleRegions;

        @Override
        public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            if (HtmlTags.hasNoText(element)) {
                return FilterResult.REMOVE;
            }
            RemovalReason reason = removalReason(element, articleRegions > 0);
            if (reason != null) {
                context.removals().add(element, reason);
                return FilterResult.REMOVE;
            }
            if (isArticleRegion(element)) {
                articleRegions++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && isArticleRegion(element)) {
                articleRegions--;
            }
            return FilterResult.CONTINUE;
        }
    }
}

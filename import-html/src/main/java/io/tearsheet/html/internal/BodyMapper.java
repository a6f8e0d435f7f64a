package io.tearsheet.html.internal;

import io.tearsheet.model.Block;
import io.tearsheet.model.Divider;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Heading;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.ListItem;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.SectionKind;
import io.tearsheet.model.Text;
import io.tearsheet.read.conventions.Boilerplate;
import io.tearsheet.read.conventions.RemovalReason;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps the article's container element to the model's blocks in one iterative walk: paragraphs (and the
 * paragraphs that {@code <br><br>} separates), subheadings, lists, block quotes and pull quotes, figures, dividers and
 * flattened data tables, with emphasis, strong emphasis and absolute links inside them. On the way it makes the
 * second, local cut: parts named as boilerplate, link lists, boilerplate lines ("Advertisement", "Sign up for …") and
 * captions without their picture are dropped and recorded. Corrections, editors' notes and sidebars that are
 * marked as such in the page become blocks of their own section kind.
 */
final class BodyMapper {
    /** Block quotes nested deeper than this are merged into their parent quote. */
    static final int MAX_QUOTE_NESTING = 4;
    /** A named part holding at least this share of the container's running text is looked into, not dropped. */
    static final double KEEP_SHARE = 0.5;
    /** A box beside the story needs this much text, and at most this share of links, to be kept as a sidebar. */
    private static final int MIN_SIDEBAR_CHARS = 60;
    /** An aside teasing another story holds its headline, perhaps a line of summary and "Read more". */
    private static final int MAX_TEASER_CHARS = 200;
    private static final double MAX_SIDEBAR_LINK_DENSITY = 0.3;
    /** Longer paragraphs are running text even when much of it is linked. */
    private static final int MAX_LINK_LINE = 300;
    private static final Pattern DIVIDER_LINE = Pattern.compile("^[\\s*•·◆◇■□●○~#_=—–-]{1,20}$");

    private final ReadContext context;
    private final TextMeasure measure;
    private final FigureMapper figures;
    private final Element container;
    private final int containerGoodChars;

    private final InlineBuffer buffer = new InlineBuffer();
    private final BlockCollector out = new BlockCollector();
    private final Deque<Element> openBlocks = new ArrayDeque<>();
    private int itemDepth;
    private int headingLevel;
    private int headingDepth;
    private int footerDepth;
    private int brRun;
    private boolean flattenedTable;

    private BodyMapper(ReadContext context, TextMeasure measure, Element container) {
        this.context = context;
        this.measure = measure;
        this.figures = new FigureMapper(context);
        this.container = container;
        this.containerGoodChars = measure.of(container).treeGoodChars();
    }

    /**
     * The blocks of {@code container}, in reading order, each with its section kind; {@code leadFigures} (pictures
     * that belong to the article but stand before its container) come first.
     */
    static List<PlacedBlock> map(Element container, List<Element> leadFigures, TextMeasure measure,
                                 ReadContext context) {
        BodyMapper mapper = new BodyMapper(context, measure, container);
        for (Element lead : leadFigures) {
            mapper.figures.map(lead).ifPresent(figure -> mapper.out.emit(figure, lead));
        }
        NodeTraversor.filter(mapper.new Walk(), container);
        mapper.flush();
        if (mapper.buffer.flattened()) {
            context.note("formatting nested more than " + InlineBuffer.MAX_NESTING
                    + " levels deep was kept as plain text");
        }
        if (mapper.flattenedTable) {
            context.note("tables were flattened into one paragraph per row, cells separated by ' | '");
        }
        return mapper.out.placed();
    }

    /** Ends the block being collected: a paragraph, a heading or a list item, as the walk's position says. */
    private void flush() {
        if (buffer.isEmpty()) {
            buffer.take();
            return;
        }
        List<Inline> inlines = buffer.take();
        Element origin = openBlocks.isEmpty() ? container : openBlocks.peek();
        String text = Inlines.plainText(inlines);
        // furniture set as a heading ("Subscribe to email updates", "Was sind Cookies?") is furniture all the same
        RemovalReason boilerplate = Boilerplate.classify(text, Boilerplate.Place.PARAGRAPH);
        if (boilerplate != null) {
            context.removals().add(text, boilerplate);
            return;
        }
        if (headingDepth > 0) {
            out.emit(new Heading(Math.max(2, Math.min(6, headingLevel)), inlines), origin);
            return;
        }
        boolean item = itemDepth > 0 && out.inList();
        if (item) {
            out.addItem(new ListItem(inlines));
            return;
        }
        if (isLinkLine(inlines, text)) {
            context.removals().add(text, RemovalReason.LINKS);
            return;
        }
        if (DIVIDER_LINE.matcher(text).matches() && Texts.words(text) == 0) {
            out.emit(new Divider(), origin);
            return;
        }
        if (footerDepth > 0 && measure.of(origin).shape() != BlockShape.TEXT
                && SpecialNotes.kindOfText(text) == null) {
            context.removals().add(text, RemovalReason.FOOTER);
            return;
        }
        out.emit(new Paragraph(inlines), origin);
    }

    /**
     * Whether a paragraph is mostly links ("Back to News | Print | E-mail this story") rather than text with a link in
     * it: more than half its letters are link text and it is not long running text.
     */
    private static boolean isLinkLine(List<Inline> inlines, String text) {
        int chars = Texts.nonSpace(text);
        return chars > 0 && chars < MAX_LINK_LINE && InlineTrees.linkChars(inlines) * 2 > chars;
    }

    /** Ends a paragraph at a block boundary, or inside a list item or heading only separates words. */
    private void boundary() {
        if (itemDepth > 0 || headingDepth > 0) {
            buffer.lineBreak();
        } else {
            flush();
        }
    }

    // ---- deciding -------------------------------------------------------------------------------------------

    /** Why a part inside the article's container is dropped, or null to map it. */
    private RemovalReason dropReason(Element element) {
        if (element == container) {
            return null;
        }
        if (PageCleaner.isHidden(element)) {
            return RemovalReason.HIDDEN;
        }
        if (SpecialNotes.kindOf(element) != null || BoilerplateSignals.namesPullQuote(element)) {
            return null;
        }
        RemovalReason named = BoilerplateSignals.reasonOf(element);
        TextMeasure.Stats stats = measure.of(element);
        if (stats.isCard() || isStoryTeaser(element, stats)) {
            return RemovalReason.RELATED;
        }
        boolean holdsArticle = containerGoodChars > 0 && stats.treeGoodChars() >= KEEP_SHARE * containerGoodChars;
        if (named != null && !named.isRegion() && !holdsArticle && !TextOverride.keeps(named, stats)) {
            return named;
        }
        if (!holdsArticle && out.lastEmitted() != null && isEmbeddedStory(element)) {
            return RemovalReason.RELATED;
        }
        if (!HtmlTags.isInline(element) && HtmlTags.headingLevel(element) == 0 && stats.treeChars() > 0
                && stats.linkDensity() > BlockShape.LINKS_LINK_DENSITY && stats.treeGoodChars() == 0
                && stats.treeImages() == 0 && itemDepth == 0) {
            return isList(element) || stats.treeChars() > 40 ? RemovalReason.LINKS : RemovalReason.RELATED;
        }
        return null;
    }

    /**
     * An aside of a few words set into the story that links to one other page and quotes nobody: a teaser for another
     * story (its headline and "Read more", often under one link laid over the whole box), not part of this one.
     */
    private static boolean isStoryTeaser(Element element, TextMeasure.Stats stats) {
        if (!element.normalName().equals("aside") || stats.treeChars() > MAX_TEASER_CHARS || quotes(element)) {
            return false;
        }
        Set<String> targets = new HashSet<>();
        for (Element link : element.select("a[href]")) {
            String href = link.attr("href").strip();
            if (!href.isEmpty() && !href.startsWith("#") && !href.regionMatches(true, 0, "javascript:", 0, 11)) {
                targets.add(href);
            }
        }
        return targets.size() == 1;
    }

    /** A byline is a short line: "By Tom Roe for the Island Gazette". */
    private static final int MAX_EMBEDDED_BYLINE = 100;
    private static final Pattern EMBEDDED_BYLINE = Pattern.compile(
            "By (?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]+(?:,?\\s+(?:for|of|and|in)\\s+[^.]{2,60})?");

    /**
     * A box inside the article that opens with a heading of its own and a byline ("By Tom Roe for the Gazette"):
     * another story set into this one, not part of it.
     */
    private static boolean isEmbeddedStory(Element element) {
        Element heading = element.firstElementChild();
        if (heading == null || HtmlTags.headingLevel(heading) == 0 || element.childrenSize() < 2) {
            return false;
        }
        Element first = null;
        for (Element p : element.getElementsByTag("p")) {
            if (!p.text().isBlank()) {
                first = p;
                break;
            }
        }
        if (first == null) {
            return false;
        }
        String text = first.text().strip();
        return text.length() <= MAX_EMBEDDED_BYLINE && EMBEDDED_BYLINE.matcher(text).matches();
    }

    private static boolean isList(Element element) {
        String tag = element.normalName();
        return tag.equals("ul") || tag.equals("ol");
    }

    /** Whether an {@code <aside>} or sidebar-named part is a box worth keeping as a sidebar. */
    private boolean isSidebarBox(Element element) {
        TextMeasure.Stats stats = measure.of(element);
        return stats.treeChars() >= MIN_SIDEBAR_CHARS && stats.linkDensity() < MAX_SIDEBAR_LINK_DENSITY;
    }

    /** Whether a box holds a quotation: a block quote or an inline one. */
    private static boolean quotes(Element element) {
        return !element.getElementsByTag("blockquote").isEmpty() || !element.getElementsByTag("q").isEmpty();
    }

    private boolean isPullQuoteRegion(Element element) {
        if (BoilerplateSignals.namesPullQuote(element)) {
            return true;
        }
        return element.normalName().equals("aside") && measure.of(element).treeChars() < 400 && quotes(element);
    }

    private void emitTableRows(Element table) {
        for (TableRows.Line line : TableRows.lines(table)) {
            out.emit(Paragraph.of(line.text()), line.origin());
            flattenedTable = true;
        }
    }

    /** A caption or credit found beside a picture: joined to the figure just emitted, else dropped. */
    private void attachCaption(Element element) {
        Block last = out.lastEmitted();
        if (last instanceof Figure figure) {
            CreditParser.Split split = FigureMapper.captionOf(element);
            boolean creditOnly = FigureMapper.isCredit(element) && !FigureMapper.isCaption(element);
            List<Inline> caption = figure.caption();
            String credit = figure.credit();
            if (creditOnly) {
                credit = credit == null ? Texts.clean(element.text()) : credit;
            } else if (caption.isEmpty()) {
                caption = split.caption().isEmpty() ? List.of() : List.of(new Text(split.caption()));
                credit = credit == null ? split.credit() : credit;
            } else {
                context.removals().add(element, RemovalReason.CAPTION);
                return;
            }
            out.replaceLastEmitted(new Figure(figure.source(), caption, credit, figure.altText()));
            return;
        }
        context.removals().add(element, RemovalReason.CAPTION);
    }

    // ---- walking --------------------------------------------------------------------------------------------

    /** Marks what each element opened, so that its tail closes exactly that. */
    private enum Opened { BLOCK, INLINE, HEADING, ITEM, LIST, QUOTE, KIND, FOOTER }

    private final class Walk implements NodeFilter {
        private final Deque<Opened> opened = new ArrayDeque<>();

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String raw = text.getWholeText();
                if (!Texts.clean(raw).isEmpty()) {
                    brRun = 0;
                }
                buffer.text(raw);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (HtmlTags.hasNoText(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            RemovalReason drop = dropReason(element);
            if (drop != null) {
                context.removals().add(element, drop);
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = element.normalName();
            if (tag.equals("br")) {
                // two breaks end a paragraph; so does one after a line that is all bold (a run-in heading)
                if (++brRun >= 2 || buffer.isAllStrong()) {
                    boundary();
                } else {
                    buffer.lineBreak();
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("hr")) {
                boundary();
                out.emit(new Divider(), element);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (element != container && FigureMapper.isFigure(element, measure)) {
                if (headingDepth == 0) {
                    boundary();
                    Optional<Figure> figure = figures.map(element);
                    figure.ifPresent(f -> out.emit(f, element));
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (element != container && (FigureMapper.isCaption(element) || isStandaloneCredit(element))) {
                boundary();
                attachCaption(element);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("table") && !TableRows.isLayout(element, measure)) {
                boundary();
                emitTableRows(element);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (HtmlTags.isInline(element)) {
                openInline(element);
                return FilterResult.CONTINUE;
            }
            openBlock(element);
            return FilterResult.CONTINUE;
        }

        private boolean isStandaloneCredit(Element element) {
            return FigureMapper.isCredit(element) && !BoilerplateSignals.hasWord(element, "byline")
                    && out.lastEmitted() instanceof Figure;
        }

        private void openInline(Element element) {
            String tag = element.normalName();
            switch (tag) {
                case "a" -> {
                    String href = linkTarget(element);
                    buffer.open(href == null ? InlineBuffer.Kind.TRANSPARENT : InlineBuffer.Kind.LINK, href);
                }
                case "em", "i", "cite", "dfn", "var" -> buffer.open(InlineBuffer.Kind.EMPHASIS, null);
                case "strong", "b" -> buffer.open(InlineBuffer.Kind.STRONG, null);
                case "q" -> {
                    buffer.text("“");
                    buffer.open(InlineBuffer.Kind.TRANSPARENT, null);
                }
                default -> buffer.open(InlineBuffer.Kind.TRANSPARENT, null);
            }
            opened.push(Opened.INLINE);
        }

        private void openBlock(Element element) {
            String tag = element.normalName();
            openBlocks.push(element);
            int level = HtmlTags.headingLevel(element);
            if (level > 0 && headingDepth == 0 && itemDepth == 0
                    && measure.of(element).treeChars() <= BlockShape.MAX_HEADING) {
                flush();
                headingDepth = 1;
                headingLevel = level == 1 ? 2 : level;
                opened.push(Opened.HEADING);
                return;
            }
            if (tag.equals("li") && out.inList()) {
                flush();
                itemDepth++;
                opened.push(Opened.ITEM);
                return;
            }
            if (isList(element)) {
                if (out.inList()) {
                    flush();
                } else {
                    boundary();
                }
                out.openList(tag.equals("ol"), element);
                opened.push(Opened.LIST);
                return;
            }
            SectionKind special = element == container ? null : SpecialNotes.kindOf(element);
            boolean pullRegion = element != container && isPullQuoteRegion(element);
            boolean sidebar = element != container && !pullRegion && special == null && isSidebar(element);
            if (special != null || sidebar) {
                boundary();
                out.pushKind(special != null ? special : SectionKind.SIDEBAR);
                opened.push(Opened.KIND);
                return;
            }
            if (pullRegion || tag.equals("blockquote")) {
                boundary();
                if (out.quoteDepth() < MAX_QUOTE_NESTING && !out.insidePullQuote()) {
                    out.openQuote(pullRegion, element);
                    opened.push(Opened.QUOTE);
                } else {
                    opened.push(Opened.BLOCK);
                }
                return;
            }
            if (element != container && (tag.equals("footer") || BoilerplateSignals.reasonOf(element)
                    == RemovalReason.FOOTER)) {
                boundary();
                footerDepth++;
                opened.push(Opened.FOOTER);
                return;
            }
            boundary();
            opened.push(Opened.BLOCK);
        }

        private boolean isSidebar(Element element) {
            boolean named = element.normalName().equals("aside")
                    || BoilerplateSignals.reasonOf(element) == RemovalReason.SIDEBAR;
            if (!named) {
                return false;
            }
            if (!isSidebarBox(element)) {
                return false;
            }
            return measure.of(element).treeGoodChars() < KEEP_SHARE * containerGoodChars;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element element) || opened.isEmpty()) {
                return FilterResult.CONTINUE;
            }
            if (HtmlTags.isInline(element)) {
                if (opened.peek() == Opened.INLINE) {
                    opened.pop();
                    buffer.close();
                    if (element.normalName().equals("q")) {
                        buffer.text("”");
                    }
                }
                return FilterResult.CONTINUE;
            }
            Opened what = opened.pop();
            switch (what) {
                case HEADING -> {
                    flush();
                    headingDepth = 0;
                }
                case ITEM -> {
                    flush();
                    itemDepth--;
                }
                case LIST -> {
                    flush();
                    out.closeList();
                }
                case QUOTE -> {
                    flush();
                    out.closeQuote();
                }
                case KIND -> {
                    flush();
                    out.popKind();
                }
                case FOOTER -> {
                    flush();
                    footerDepth--;
                }
                default -> boundary();
            }
            if (!openBlocks.isEmpty()) {
                openBlocks.pop();
            }
            return FilterResult.CONTINUE;
        }

        private String linkTarget(Element link) {
            String raw = link.attr("href").strip();
            if (raw.isEmpty() || raw.startsWith("#") || raw.regionMatches(true, 0, "javascript:", 0, 11)) {
                return null;
            }
            String absolute = link.absUrl("href");
            if (!absolute.isEmpty()) {
                return absolute;
            }
            String resolved = Addresses.resolve(context.pageUrl(), raw);
            return resolved != null ? resolved : raw;
        }
    }
}

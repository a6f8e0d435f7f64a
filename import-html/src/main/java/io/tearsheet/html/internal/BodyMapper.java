package io.tearsheet.html.internal;

import io.tearsheet.model.Block;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.Divider;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Heading;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.ListBlock;
import io.tearsheet.model.ListItem;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.SectionKind;
import io.tearsheet.model.Text;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
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
    private static final double MAX_SIDEBAR_LINK_DENSITY = 0.3;
    /** A table with this much running text in its cells lays out a page rather than holding data. */
    private static final int MIN_LAYOUT_TEXT = 150;
    /** Longer paragraphs are running text even when much of it is linked. */
    private static final int MAX_LINK_LINE = 300;
    private static final Pattern DIVIDER_LINE = Pattern.compile("^[\\s*•·◆◇■□●○~#_=—–-]{1,20}$");

    private final ReadContext context;
    private final TextMeasure measure;
    private final FigureMapper figures;
    private final Element container;
    private final int containerGoodChars;

    private final InlineBuffer buffer = new InlineBuffer();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Deque<SectionKind> kinds = new ArrayDeque<>();
    private final Deque<Element> openBlocks = new ArrayDeque<>();
    private final List<Placed> placed = new ArrayList<>();
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
        frames.push(new Frame(FrameKind.ROOT, false, null));
        kinds.push(SectionKind.BODY);
    }

    /**
     * The blocks of {@code container}, in reading order, each with its section kind; {@code leadFigures} (pictures
     * that belong to the article but stand before its container) come first.
     */
    static List<Placed> map(Element container, List<Element> leadFigures, TextMeasure measure, ReadContext context) {
        BodyMapper mapper = new BodyMapper(context, measure, container);
        for (Element lead : leadFigures) {
            mapper.figures.map(lead).ifPresent(figure -> mapper.placed.add(new Placed(SectionKind.BODY, figure, lead)));
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
        return mapper.placed;
    }

    /** A block in reading order, the section it belongs to and the element it came from. */
    record Placed(SectionKind kind, Block block, Element origin) {
        Placed withBlock(Block replacement) {
            return new Placed(kind, replacement, origin);
        }

        Placed withKind(SectionKind replacement) {
            return new Placed(replacement, block, origin);
        }
    }

    private enum FrameKind { ROOT, QUOTE, LIST }

    /** Where finished blocks go: the article, an open block quote, or an open list. */
    private static final class Frame {
        final FrameKind kind;
        final boolean pull;
        final Element element;
        final List<Block> blocks = new ArrayList<>();
        final List<ListItem> items = new ArrayList<>();
        boolean ordered;
        int nesting;

        Frame(FrameKind kind, boolean pull, Element element) {
            this.kind = kind;
            this.pull = pull;
            this.element = element;
        }
    }

    // ---- emitting -------------------------------------------------------------------------------------------

    private void emit(Block block, Element origin) {
        for (Frame frame : frames) {
            if (frame.kind == FrameKind.QUOTE) {
                frame.blocks.add(block);
                return;
            }
            if (frame.kind == FrameKind.ROOT) {
                placed.add(new Placed(kinds.peek(), block, origin));
                return;
            }
        }
    }

    /** The last block emitted where the next one would go, or null. */
    private Block lastEmitted() {
        for (Frame frame : frames) {
            if (frame.kind == FrameKind.QUOTE) {
                return frame.blocks.isEmpty() ? null : frame.blocks.get(frame.blocks.size() - 1);
            }
            if (frame.kind == FrameKind.ROOT) {
                return placed.isEmpty() ? null : placed.get(placed.size() - 1).block();
            }
        }
        return null;
    }

    private void replaceLastEmitted(Block block) {
        for (Frame frame : frames) {
            if (frame.kind == FrameKind.QUOTE) {
                frame.blocks.set(frame.blocks.size() - 1, block);
                return;
            }
            if (frame.kind == FrameKind.ROOT) {
                placed.set(placed.size() - 1, placed.get(placed.size() - 1).withBlock(block));
                return;
            }
        }
    }

    private Frame nearestList() {
        for (Frame frame : frames) {
            if (frame.kind == FrameKind.LIST) {
                return frame;
            }
            if (frame.kind == FrameKind.QUOTE) {
                return null;
            }
        }
        return null;
    }

    /** Ends the block being collected: a paragraph, a heading or a list item, as the walk's position says. */
    private void flush() {
        if (buffer.isEmpty()) {
            buffer.take();
            return;
        }
        List<Inline> inlines = buffer.take();
        Element origin = openBlocks.isEmpty() ? container : openBlocks.peek();
        if (headingDepth > 0) {
            emit(new Heading(Math.max(2, Math.min(6, headingLevel)), inlines), origin);
            return;
        }
        Frame list = itemDepth > 0 ? nearestList() : null;
        String text = Inlines.plainText(inlines);
        RemovalReason boilerplate = BoilerplateText.of(text);
        if (boilerplate != null) {
            context.removals().add(text, boilerplate);
            return;
        }
        if (list != null) {
            list.items.add(new ListItem(inlines));
            return;
        }
        if (isLinkLine(inlines, text)) {
            context.removals().add(text, RemovalReason.LINKS);
            return;
        }
        if (DIVIDER_LINE.matcher(text).matches() && Texts.words(text) == 0) {
            emit(new Divider(), origin);
            return;
        }
        if (footerDepth > 0 && measure.of(origin).shape() != BlockShape.TEXT
                && SpecialNotes.kindOfText(text) == null) {
            context.removals().add(text, RemovalReason.FOOTER);
            return;
        }
        emit(new Paragraph(inlines), origin);
    }

    /**
     * Whether a paragraph is mostly links ("Back to News | Print | E-mail this story") rather than text with a link in
     * it: more than half its letters are link text and it is not long running text.
     */
    private static boolean isLinkLine(List<Inline> inlines, String text) {
        int[] linkChars = {0};
        int[] depth = {0};
        Inlines.walk(inlines, new io.tearsheet.model.InlineHandler() {
            @Override
            public void text(Text t) {
                if (depth[0] > 0) {
                    linkChars[0] += DeclaredBody.nonSpace(t.text());
                }
            }

            @Override
            public void insertion(io.tearsheet.model.EditorialInsertion insertion) {
                // no insertions in freshly read text
            }

            @Override
            public void enter(io.tearsheet.model.InlineContainer container) {
                if (container instanceof io.tearsheet.model.Link) {
                    depth[0]++;
                }
            }

            @Override
            public void leave(io.tearsheet.model.InlineContainer container) {
                if (container instanceof io.tearsheet.model.Link) {
                    depth[0]--;
                }
            }
        });
        int chars = DeclaredBody.nonSpace(text);
        return chars > 0 && linkChars[0] * 2 > chars && chars < MAX_LINK_LINE;
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
        if (stats.isCard()) {
            return RemovalReason.RELATED;
        }
        boolean holdsArticle = containerGoodChars > 0 && stats.treeGoodChars() >= KEEP_SHARE * containerGoodChars;
        if (named != null && !named.isWeak() && !holdsArticle && !TextOverride.keeps(named, stats)) {
            return named;
        }
        if (!HtmlTags.isInline(element) && HtmlTags.headingLevel(element) == 0 && stats.treeChars() > 0
                && stats.linkDensity() > BlockShape.LINKS_LINK_DENSITY && stats.treeGoodChars() == 0
                && stats.treeImages() == 0 && itemDepth == 0) {
            return isList(element) || stats.treeChars() > 40 ? RemovalReason.LINKS : RemovalReason.RELATED;
        }
        return null;
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

    private boolean isPullQuoteRegion(Element element) {
        if (BoilerplateSignals.namesPullQuote(element)) {
            return true;
        }
        return element.normalName().equals("aside") && measure.of(element).treeChars() < 400
                && (!element.getElementsByTag("blockquote").isEmpty() || !element.getElementsByTag("q").isEmpty());
    }

    /**
     * Whether a table lays out the page (its cells hold running text) rather than holding data (short cells), read from
     * the measures so that nested tables cost nothing extra.
     */
    private boolean isLayoutTable(Element table) {
        return measure.of(table).treeGoodChars() >= MIN_LAYOUT_TEXT;
    }

    private void emitTableRows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("caption") && !Texts.clean(child.text()).isEmpty()) {
                emit(Paragraph.of(Texts.clean(child.text())), child);
            } else if (tag.equals("tr")) {
                rows.add(child);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element row : child.children()) {
                    if (row.normalName().equals("tr")) {
                        rows.add(row);
                    }
                }
            }
        }
        for (Element row : rows) {
            List<String> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                String text = Texts.clean(cell.text());
                if (!text.isEmpty()) {
                    cells.add(text);
                }
            }
            if (!cells.isEmpty()) {
                emit(Paragraph.of(String.join(" | ", cells)), row);
                flattenedTable = true;
            }
        }
    }

    /** A caption or credit found beside a picture: joined to the figure just emitted, else dropped. */
    private void attachCaption(Element element) {
        Block last = lastEmitted();
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
            replaceLastEmitted(new Figure(figure.source(), caption, credit, figure.altText()));
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
                emit(new Divider(), element);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (element != container && FigureMapper.isFigure(element, measure)) {
                if (headingDepth == 0) {
                    boundary();
                    Optional<Figure> figure = figures.map(element);
                    figure.ifPresent(f -> emit(f, element));
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (element != container && (FigureMapper.isCaption(element) || isStandaloneCredit(element))) {
                boundary();
                attachCaption(element);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("table") && !isLayoutTable(element)) {
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
                    && lastEmitted() instanceof Figure;
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
            if (tag.equals("li") && nearestList() != null) {
                flush();
                itemDepth++;
                opened.push(Opened.ITEM);
                return;
            }
            if (isList(element)) {
                Frame list = nearestList();
                if (list != null) {
                    flush();
                    list.nesting++;
                } else {
                    boundary();
                    Frame frame = new Frame(FrameKind.LIST, false, element);
                    frame.ordered = tag.equals("ol");
                    frames.push(frame);
                }
                opened.push(Opened.LIST);
                return;
            }
            SectionKind special = element == container ? null : SpecialNotes.kindOf(element);
            boolean pullRegion = element != container && isPullQuoteRegion(element);
            boolean sidebar = element != container && !pullRegion && special == null && isSidebar(element);
            if (special != null || sidebar) {
                boundary();
                kinds.push(special != null ? special : SectionKind.SIDEBAR);
                opened.push(Opened.KIND);
                return;
            }
            if (pullRegion || tag.equals("blockquote")) {
                boundary();
                if (quoteDepth() < MAX_QUOTE_NESTING && !insidePullQuote()) {
                    frames.push(new Frame(FrameKind.QUOTE, pullRegion, element));
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

        private int quoteDepth() {
            int depth = 0;
            for (Frame frame : frames) {
                if (frame.kind == FrameKind.QUOTE) {
                    depth++;
                }
            }
            return depth;
        }

        private boolean insidePullQuote() {
            for (Frame frame : frames) {
                if (frame.kind == FrameKind.QUOTE && frame.pull) {
                    return true;
                }
            }
            return false;
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
                    Frame list = nearestList();
                    if (list != null && list.nesting > 0) {
                        flush();
                        list.nesting--;
                    } else if (list != null) {
                        flush();
                        frames.pop();
                        if (!list.items.isEmpty()) {
                            emit(new ListBlock(list.ordered, list.items), list.element);
                        }
                    }
                }
                case QUOTE -> {
                    flush();
                    Frame quote = frames.pop();
                    if (!quote.blocks.isEmpty()) {
                        emit(new BlockQuote(quote.blocks, quote.pull), quote.element);
                    }
                }
                case KIND -> {
                    flush();
                    kinds.pop();
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

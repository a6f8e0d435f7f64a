package io.tearsheet.pdf.internal.render;

import io.tearsheet.export.FigureImages;
import io.tearsheet.export.Image;
import io.tearsheet.export.ImageResolver;
import io.tearsheet.export.QuotedSources;
import io.tearsheet.model.Article;
import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Block;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.BlockVisitor;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Divider;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Heading;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.ListBlock;
import io.tearsheet.model.ListItem;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Section;
import io.tearsheet.model.SectionKind;
import io.tearsheet.model.Series;
import io.tearsheet.model.Text;
import io.tearsheet.pdf.internal.hyphenation.Hyphenator;
import io.tearsheet.pdf.internal.page.FigureItem;
import io.tearsheet.pdf.internal.page.FlowItem;
import io.tearsheet.pdf.internal.page.ImageItem;
import io.tearsheet.pdf.internal.page.RuleItem;
import io.tearsheet.pdf.internal.page.SpaceItem;
import io.tearsheet.pdf.internal.page.TextLineItem;
import io.tearsheet.pdf.internal.tagging.StructNode;
import io.tearsheet.pdf.internal.text.Alignment;
import io.tearsheet.pdf.internal.text.Glyphs;
import io.tearsheet.pdf.internal.text.InlineFlattener;
import io.tearsheet.pdf.internal.text.ParagraphSetter;
import io.tearsheet.pdf.internal.text.Span;
import io.tearsheet.pdf.internal.text.TextStyle;
import io.tearsheet.pdf.internal.text.TypesetLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sets one article: the headline block across the columns (kicker, headline, standfirst, byline, dateline),
 * then its sections in order (body, sidebars, series note, corrections), then "Sources quoted" with the pages
 * where each source's quotations fell. Builds the article's structure elements as it goes.
 * One article's; not thread-safe.
 */
final class ArticleLayout {
    /** The most of the text block's height a picture takes, leaving room for its caption below. */
    private static final float MAX_PICTURE_SHARE = 0.75f;
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    private final RenderContext context;
    private final Article article;
    private final StructNode root;
    private final ParagraphSetter setter;
    private final Typography type;
    private final FigureImages images;
    /** For each paragraph index, the pages of its lines by the line's first plain-text offset. */
    private final Map<Integer, TreeMap<Integer, Integer>> linePages = new HashMap<>();
    private int paragraphIndex;
    private int headingLevel = 1;

    ArticleLayout(RenderContext context, Article article, StructNode root) {
        this(context, article, root, FigureImages.of(article, ImageResolver.none()));
    }

    /** A layout whose figures show the pictures of {@code images} (found with {@link FigurePictures#find}). */
    ArticleLayout(RenderContext context, Article article, StructNode root, FigureImages images) {
        this.context = context;
        this.images = images;
        this.article = article;
        this.root = root;
        this.type = context.type;
        this.setter = context.setter(Hyphenator.forLanguage(article.metadata().language()));
    }

    /** The headline as printed and bookmarked; a placeholder when nothing printable is left of it. */
    static String headline(RenderContext context, Metadata metadata) {
        String cleaned = context.clean(metadata.headline()).strip();
        return cleaned.isEmpty() ? "Untitled" : cleaned;
    }

    /** Sets the article, starting at the composer's current position (the caller starts a new page). */
    void layout() throws IOException {
        context.composer.listener((line, page) -> {
            String heading = context.pendingHeadings.remove(line);
            if (heading != null) {
                context.outline.add(new OutlineEntry(heading, context.composer.page(), context.composer.cursor(), 1));
            }
            if (line.paragraph() >= 0 && line.line().plainStart() >= 0) {
                linePages.computeIfAbsent(line.paragraph(), k -> new TreeMap<>())
                        .putIfAbsent(line.line().plainStart(), page);
            }
        });
        context.composer.beginSpanning();
        String title = headline(context, article.metadata());
        context.outline.add(new OutlineEntry(title, context.composer.page(), context.composer.cursor(), 0));
        context.composer.place(header(title));
        context.composer.endSpanning();
        List<FlowItem> body = new ArrayList<>();
        for (Section section : article.sections()) {
            section(section, body);
        }
        context.composer.place(body);
        List<FlowItem> sources = sources();
        context.composer.place(sources);
        context.composer.balance();
    }

    /**
     * The printed page of every numbered quotation ({@link QuotedSources} numbering), once {@link #layout} has
     * run; for a book's index of who is quoted.
     */
    Map<Integer, String> quotePages() {
        Map<Integer, String> pages = new HashMap<>();
        for (QuotedSources.NumberedQuote quote : QuotedSources.of(article).quotes()) {
            pages.put(quote.number(), page(quote.quote().paragraph(), quote.quote().start()));
        }
        return pages;
    }

    private List<FlowItem> header(String title) throws IOException {
        Metadata md = article.metadata();
        List<FlowItem> items = new ArrayList<>();
        float width = context.composer.width();
        String kicker = md.kicker();
        Series series = md.series();
        String seriesLabel = series == null ? null : seriesLabel(series);
        if (kicker != null || seriesLabel != null) {
            StringBuilder label = new StringBuilder();
            if (kicker != null) {
                label.append(kicker);
            }
            if (seriesLabel != null) {
                label.append(label.length() > 0 ? "  ·  " : "").append(seriesLabel);
            }
            lines(List.of(Span.added(label.toString(), type.kicker())), root.child("P"), width, Alignment.LEFT,
                    items, true, -1);
            items.add(new SpaceItem(type.em() * 0.35f, true));
        }
        StructNode h1 = root.child("H1");
        List<TypesetLine> headlineLines = setter.set(List.of(Span.added(title, type.headline())), width,
                Alignment.LEFT, 0);
        if (headlineLines.isEmpty()) {
            // Nothing of the headline can be drawn; the article still needs its H1, first of its headings.
            headlineLines = setter.set(List.of(Span.added("Untitled", type.headline())), width, Alignment.LEFT, 0);
        }
        addLines(headlineLines, h1, 0, items, true, -1);
        if (md.deck() != null) {
            items.add(new SpaceItem(type.em() * 0.5f, true));
            lines(List.of(Span.added(md.deck(), type.deck())), root.child("P"), width * 0.92f, Alignment.LEFT,
                    items, true, -1);
        }
        if (!md.bylines().isEmpty()) {
            items.add(new SpaceItem(type.em() * 0.7f, true));
            lines(bylineSpans(md.bylines()), root.child("P"), width, Alignment.LEFT, items, true, -1);
        }
        String dateline = datelineText(md);
        if (!dateline.isEmpty()) {
            items.add(new SpaceItem(type.em() * 0.2f, true));
            lines(List.of(Span.added(dateline, type.dateline())), root.child("P"), width, Alignment.LEFT, items,
                    true, -1);
        }
        items.add(new RuleItem(0.8f, 1f, type.em() * 0.6f, type.em() * 1.1f, 0x222222, false));
        return items;
    }

    private static String seriesLabel(Series series) {
        if (series.part() != null && series.parts() != null) {
            return "Part " + series.part() + " of " + series.parts();
        }
        if (series.part() != null) {
            return "Part " + series.part();
        }
        return null;
    }

    private List<Span> bylineSpans(List<Byline> bylines) {
        List<Span> spans = new ArrayList<>();
        TextStyle name = type.byline();
        TextStyle role = name.withBold(false).withColor(Typography.GREY);
        spans.add(Span.added("By ", role));
        for (int i = 0; i < bylines.size(); i++) {
            Byline byline = bylines.get(i);
            if (i > 0) {
                spans.add(Span.added(i == bylines.size() - 1 ? " and " : ", ", role));
            }
            spans.add(Span.added(byline.name(), name));
            if (byline.role() != null) {
                spans.add(Span.added(", " + byline.role(), role));
            }
        }
        return spans;
    }

    private static String datelineText(Metadata md) {
        List<String> parts = new ArrayList<>();
        if (md.dateline() != null) {
            parts.add(md.dateline());
        }
        if (md.published() != null) {
            parts.add(date(md.published()));
        }
        if (md.publisher() != null) {
            parts.add(md.publisher());
        }
        return String.join("  ·  ", parts);
    }

    /** "4 March 2025", the same in every locale. */
    static String date(ArticleDate date) {
        var day = date.date();
        return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
    }

    private void section(Section section, List<FlowItem> items) throws IOException {
        StructNode sect = root.child("Sect");
        BlockStyle style;
        String label = section.title();
        switch (section.kind()) {
            case BODY -> style = BlockStyle.body(type);
            case SIDEBAR -> style = BlockStyle.boxed(type);
            case SERIES_NOTE -> style = BlockStyle.note(type);
            default -> {
                style = BlockStyle.boxed(type);
                if (label == null) {
                    label = defaultLabel(section.kind());
                }
            }
        }
        boolean setApart = section.kind() != SectionKind.BODY;
        if (setApart) {
            items.add(new SpaceItem(type.em() * 1.2f, true));
            boolean sidebar = section.kind() == SectionKind.SIDEBAR;
            items.add(new RuleItem(sidebar ? 2.2f : 0.6f, section.kind() == SectionKind.SERIES_NOTE ? 0.3f : 1f,
                    0, type.em() * 0.6f, sidebar ? Typography.ACCENT : 0x444444, true));
        }
        if (label != null) {
            heading(List.of(new Text(label)), 2, sect, items, setApart ? type.subheading().withColor(
                    section.kind() == SectionKind.SIDEBAR ? Typography.ACCENT : TextStyle.BLACK) : type.heading(),
                    !setApart);
        }
        BlockFlow flow = new BlockFlow(sect, style, 0, 0);
        for (Block block : section.blocks()) {
            block(block, flow, items);
        }
        if (section.kind() == SectionKind.SIDEBAR || section.kind() == SectionKind.SERIES_NOTE) {
            items.add(new RuleItem(0.6f, section.kind() == SectionKind.SERIES_NOTE ? 0.3f : 1f, type.em() * 0.5f,
                    0, 0x444444, false));
        }
    }

    private static String defaultLabel(SectionKind kind) {
        return switch (kind) {
            case EDITORS_NOTE -> "Editor’s note";
            case CORRECTION -> "Correction";
            case UPDATE -> "Update";
            case AUTHOR_NOTE -> "About the author";
            default -> null;
        };
    }

    /** Where blocks go: their parent element, their style and their indents; also the indent state. */
    private static final class BlockFlow {
        final StructNode parent;
        final BlockStyle style;
        final float left;
        final float right;
        boolean indentNext;

        BlockFlow(StructNode parent, BlockStyle style, float left, float right) {
            this.parent = parent;
            this.style = style;
            this.left = left;
            this.right = right;
        }
    }

    private void block(Block block, BlockFlow flow, List<FlowItem> items) throws IOException {
        try {
            block.accept(new BlockVisitor<Void>() {
                @Override
                public Void visitParagraph(Paragraph paragraph) {
                    run(() -> paragraph(paragraph, flow, items));
                    return null;
                }

                @Override
                public Void visitHeading(Heading heading) {
                    run(() -> {
                        heading(heading.content(), heading.level(), flow.parent, items,
                                heading.level() == 2 ? type.heading() : type.subheading(), true);
                        flow.indentNext = false;
                    });
                    return null;
                }

                @Override
                public Void visitBlockQuote(BlockQuote quote) {
                    run(() -> blockQuote(quote, flow, items));
                    return null;
                }

                @Override
                public Void visitFigure(Figure figure) {
                    run(() -> figure(figure, flow, items));
                    return null;
                }

                @Override
                public Void visitList(ListBlock list) {
                    run(() -> list(list, flow, items));
                    return null;
                }

                @Override
                public Void visitDivider(Divider divider) {
                    items.add(new RuleItem(0.6f, 0.12f, type.em() * 0.8f, type.em() * 0.8f, 0x666666, false));
                    flow.indentNext = false;
                    return null;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void run(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void paragraph(Paragraph paragraph, BlockFlow flow, List<FlowItem> items) throws IOException {
        int index = paragraphIndex++;
        StructNode p = flow.parent.child("P");
        BlockStyle style = flow.style;
        float indent = flow.indentNext && style.indentParagraphs() ? type.em() * 1.2f : 0;
        if (!style.indentParagraphs() && flow.indentNext) {
            items.add(new SpaceItem(style.text().leading() * 0.5f, false));
        }
        List<Span> spans = InlineFlattener.flatten(paragraph.content(), style.text(), p);
        float width = context.composer.width() - flow.left - flow.right;
        List<TypesetLine> lines = setter.set(spans, width, style.alignment(), indent);
        addLines(lines, p, flow.left, items, false, index);
        if (!lines.isEmpty()) {
            flow.indentNext = true;
        }
    }

    private void heading(List<Inline> content, int level, StructNode parent, List<FlowItem> items, TextStyle style,
                         boolean spaceAbove) throws IOException {
        int effective = Math.min(level, headingLevel + 1);
        StructNode node = parent.child("H" + effective);
        List<Span> spans = InlineFlattener.flatten(content, style, node);
        List<TypesetLine> lines = setter.set(spans, context.composer.width(), Alignment.LEFT, 0);
        if (lines.isEmpty()) {
            return;
        }
        headingLevel = effective;
        if (spaceAbove) {
            items.add(new SpaceItem(style.leading() * 0.9f, true));
        }
        int first = items.size();
        addLines(lines, node, 0, items, true, -1);
        items.add(new SpaceItem(style.leading() * 0.25f, true));
        if (effective == 2 && context.outline.size() < 10_000) {
            String title = context.clean(Inlines.plainText(content)).strip();
            if (!title.isEmpty()) {
                context.pendingHeadings.put(items.get(first), title);
            }
        }
    }

    private void blockQuote(BlockQuote quote, BlockFlow flow, List<FlowItem> items) throws IOException {
        StructNode node = flow.parent.child("BlockQuote");
        if (quote.pullQuote()) {
            items.add(new SpaceItem(type.em() * 0.8f, true));
            items.add(new RuleItem(1.4f, 0.3f, 0, type.em() * 0.5f, Typography.ACCENT, true));
            BlockFlow inner = new BlockFlow(node, BlockStyle.pull(type), flow.left + type.em(), flow.right + type.em());
            for (Block block : quote.blocks()) {
                inner.indentNext = false;
                block(block, inner, items);
            }
            items.add(new RuleItem(1.4f, 0.3f, type.em() * 0.4f, type.em() * 0.8f, Typography.ACCENT, false));
        } else {
            items.add(new SpaceItem(type.em() * 0.5f, false));
            float inset = Math.min(type.em() * 1.5f, context.composer.width() / 8);
            BlockFlow inner = new BlockFlow(node, BlockStyle.quote(type), flow.left + inset, flow.right + inset);
            for (Block block : quote.blocks()) {
                block(block, inner, items);
            }
            items.add(new SpaceItem(type.em() * 0.5f, false));
        }
        flow.indentNext = false;
    }

    private void figure(Figure figure, BlockFlow flow, List<FlowItem> items) throws IOException {
        StructNode div = flow.parent.child("Div");
        String captionText = context.clean(Inlines.plainText(figure.caption())).strip();
        String alt = figure.altText() == null ? null : context.clean(figure.altText()).strip();
        if (alt == null || alt.isEmpty()) {
            alt = captionText.isEmpty() ? "Image without a description" : captionText;
        }
        StructNode node = div.child("Figure").alt(alt);
        float width = context.composer.width() - flow.left - flow.right;
        float textHeight = context.composer.geometry().bottom() - context.composer.geometry().top();
        var picture = images.image(figure);
        if (picture.isPresent()) {
            items.add(new SpaceItem(type.em() * 0.6f, false));
            items.add(picture(picture.get().image(), node, width, textHeight));
        } else {
            placeholder(alt, node, width, textHeight, items);
        }
        StructNode caption = div.child("Caption");
        List<Span> spans = new ArrayList<>(InlineFlattener.flatten(figure.caption(), type.caption(), caption));
        if (figure.credit() != null) {
            if (!spans.isEmpty()) {
                spans.add(Span.added(" ", type.caption()));
            }
            spans.add(Span.added(figure.credit(), type.credit()));
        }
        List<TypesetLine> lines = setter.set(spans, width, Alignment.LEFT, 0);
        items.add(new SpaceItem(type.em() * 0.25f, true));
        addLines(lines, caption, flow.left, items, false, -1);
        items.add(new SpaceItem(type.em() * 0.7f, false));
        flow.indentNext = false;
    }

    /**
     * The picture across the column, proportions kept: never enlarged past one point a pixel (a small picture
     * stays small), and never so tall that its caption cannot follow it on the page.
     */
    private ImageItem picture(Image image, StructNode node, float width, float textHeight) {
        float scale = Math.min(1f, width / image.width());
        scale = Math.min(scale, textHeight * MAX_PICTURE_SHARE / image.height());
        return new ImageItem(image.height() * scale, image.width() * scale, node,
                context.pictures.object(image));
    }

    /** A framed box with the description inside, where a picture that is not available would be. */
    private void placeholder(String alt, StructNode node, float width, float textHeight, List<FlowItem> items)
            throws IOException {
        float height = Math.min(width * 0.5f, textHeight * 0.3f);
        List<TypesetLine> altLines = setter.set(List.of(Span.added(alt, type.alt())), width - 2 * FigureItem.TEXT_INSET,
                Alignment.CENTERED, 0);
        List<TypesetLine> fitting = new ArrayList<>();
        float used = 0;
        for (TypesetLine line : altLines) {
            if (used + line.leading() > height - 16) {
                break;
            }
            fitting.add(line);
            used += line.leading();
        }
        items.add(new SpaceItem(type.em() * 0.6f, false));
        items.add(new FigureItem(height, node, fitting));
    }

    private void list(ListBlock list, BlockFlow flow, List<FlowItem> items) throws IOException {
        StructNode node = flow.parent.child("L");
        TextStyle style = flow.style.text();
        float hang = type.em() * (list.ordered() ? 1.8f : 1.2f);
        float width = context.composer.width() - flow.left - flow.right - hang;
        items.add(new SpaceItem(style.leading() * 0.3f, false));
        int number = 1;
        for (ListItem item : list.items()) {
            StructNode li = node.child("LI");
            StructNode label = li.child("Lbl");
            StructNode body = li.child("LBody");
            List<Span> spans = InlineFlattener.flatten(item.content(), style, body);
            List<TypesetLine> lines = setter.set(spans, width, Alignment.LEFT, 0);
            if (lines.isEmpty()) {
                number++;
                continue;
            }
            String marker = list.ordered() ? number + "." : "•";
            List<TypesetLine> markerLines = setter.set(List.of(Span.added(marker, style)), hang, Alignment.LEFT, 0);
            TypesetLine first = lines.get(0);
            List<Glyphs> glyphs = new ArrayList<>();
            if (!markerLines.isEmpty()) {
                for (Glyphs g : markerLines.get(0).glyphs()) {
                    glyphs.add(g.ownedBy(label, g.x() - hang));
                }
            }
            glyphs.addAll(first.glyphs());
            List<TypesetLine> withLabel = new ArrayList<>(lines);
            withLabel.set(0, new TypesetLine(glyphs, first.width(), first.ascent(), first.leading(),
                    first.plainStart()));
            addLines(withLabel, body, flow.left + hang, items, false, -1);
            int position = number - 1;
            if (position == 0 || position == list.items().size() - 2) {
                // No item alone at the foot or the head of a column.
                TextLineItem last = (TextLineItem) items.get(items.size() - 1);
                items.set(items.size() - 1, new TextLineItem(last.line(), last.node(), last.indent(), last.paragraph(),
                        true));
            }
            number++;
        }
        items.add(new SpaceItem(style.leading() * 0.3f, false));
        flow.indentNext = false;
    }

    /**
     * Adds a paragraph's lines with widow and orphan control: the first two and the last two lines stay
     * together (or all of them, when {@code keepAll}, for headings and furniture).
     */
    private static void addLines(List<TypesetLine> lines, StructNode node, float indent, List<FlowItem> items,
                                 boolean keepAll, int paragraph) {
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            boolean keep = keepAll || i == 0 && n > 1 || i == n - 2;
            items.add(new TextLineItem(lines.get(i), node, indent, paragraph, keep));
        }
    }

    private void lines(List<Span> spans, StructNode node, float width, Alignment alignment, List<FlowItem> items,
                       boolean keepAll, int paragraph) throws IOException {
        addLines(setter.set(spans, width, alignment, 0), node, 0, items, keepAll, paragraph);
    }

    /** "Sources quoted": each source with its description and the numbers and pages of its quotations. */
    private List<FlowItem> sources() throws IOException {
        QuotedSources quoted = QuotedSources.of(article);
        List<FlowItem> items = new ArrayList<>();
        if (quoted.isEmpty()) {
            return items;
        }
        StructNode sect = root.child("Sect");
        items.add(new SpaceItem(type.em() * 1.2f, true));
        items.add(new RuleItem(0.6f, 1f, 0, type.em() * 0.6f, 0x444444, true));
        heading(List.of(new Text("Sources quoted")), 2, sect, items, type.subheading(), false);
        StructNode list = sect.child("L");
        TextStyle style = type.small();
        float width = context.composer.width();
        for (QuotedSources.Entry entry : quoted.entries()) {
            StructNode li = list.child("LI");
            StructNode body = li.child("LBody");
            List<Span> spans = new ArrayList<>();
            spans.add(Span.added(entry.source().name(), style.withBold(true)));
            if (entry.source().description() != null) {
                spans.add(Span.added(", " + entry.source().description(), style));
            }
            spans.add(Span.added(". " + quotations(entry.quotes()), style.withColor(Typography.GREY)));
            List<TypesetLine> lines = setter.set(spans, width, Alignment.LEFT, 0);
            items.add(new SpaceItem(style.leading() * 0.25f, false));
            addLines(lines, body, 0, items, false, -1);
        }
        if (!quoted.unattributed().isEmpty()) {
            StructNode li = list.child("LI");
            StructNode body = li.child("LBody");
            List<Span> spans = List.of(Span.added("Not attributed", style.withItalic(true)),
                    Span.added(". " + quotations(quoted.unattributed()), style.withColor(Typography.GREY)));
            items.add(new SpaceItem(style.leading() * 0.25f, false));
            addLines(setter.set(spans, width, Alignment.LEFT, 0), body, 0, items, false, -1);
        }
        return items;
    }

    private String quotations(List<QuotedSources.NumberedQuote> quotes) {
        StringBuilder out = new StringBuilder(quotes.size() == 1 ? "Quotation " : "Quotations ");
        for (int i = 0; i < quotes.size(); i++) {
            QuotedSources.NumberedQuote quote = quotes.get(i);
            if (i > 0) {
                out.append(", ");
            }
            out.append(quote.number()).append(" (p.\u00A0").append(page(quote.quote().paragraph(),
                    quote.quote().start())).append(')');
        }
        return out.append('.').toString();
    }

    /** The page where the given offset of the given paragraph was printed. */
    private String page(int paragraph, int offset) {
        TreeMap<Integer, Integer> lines = linePages.get(paragraph);
        if (lines == null || lines.isEmpty()) {
            return "–";
        }
        Map.Entry<Integer, Integer> entry = lines.floorEntry(offset);
        return Integer.toString(entry != null ? entry.getValue() : lines.firstEntry().getValue());
    }
}

package io.tearsheet.pdf.internal.render;

import io.tearsheet.export.DisplayText;
import io.tearsheet.export.FigureImages;
import io.tearsheet.export.ScriptLanguages;
import io.tearsheet.model.Block;
import io.tearsheet.model.BlockHandler;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.Blocks;
import io.tearsheet.model.Divider;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Heading;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.ListBlock;
import io.tearsheet.model.ListItem;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Section;
import io.tearsheet.model.SectionKind;
import io.tearsheet.model.Text;
import io.tearsheet.pdf.internal.page.FlowItem;
import io.tearsheet.pdf.internal.page.RuleItem;
import io.tearsheet.pdf.internal.page.SpaceItem;
import io.tearsheet.pdf.internal.page.TextLineItem;
import io.tearsheet.pdf.internal.tagging.StructNode;
import io.tearsheet.pdf.internal.text.Alignment;
import io.tearsheet.pdf.internal.text.Glyphs;
import io.tearsheet.pdf.internal.text.InlineFlattener;
import io.tearsheet.pdf.internal.text.LineSetter;
import io.tearsheet.pdf.internal.text.Span;
import io.tearsheet.pdf.internal.text.TextStyle;
import io.tearsheet.pdf.internal.text.TypesetLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Sets an article's sections in order, in the columns: the body's paragraphs justified and indented, set-apart
 * sections (sidebars, series notes, editor's notes, corrections…) between rules under their label, and each
 * section's blocks in the order core's {@link Blocks#walk} gives them, block quotations indented and pull quotes
 * between rules. Figures are set by {@link FigureLayout}. One article's; not thread-safe.
 */
final class SectionLayout {
    private final RenderContext context;
    private final Typography type;
    private final Spacing spacing;
    private final LineSetter setter;
    private final StructNode root;
    private final Headings headings;
    private final FigureLayout figures;
    private final String language;
    private int paragraphIndex;

    /**
     * @param language the article's language ("und" when unknown), against which paragraphs and quotations in
     *                 another script get a {@code Lang} of their own
     */
    SectionLayout(RenderContext context, LineSetter setter, StructNode root, FigureImages images, Headings headings,
                  String language) {
        this.context = context;
        this.language = language;
        this.type = context.type;
        this.spacing = context.type.spacing();
        this.setter = setter;
        this.root = root;
        this.headings = headings;
        this.figures = new FigureLayout(context, setter, images);
    }

    /** The items of {@code sections}, in order; their elements are children of the article's. */
    List<FlowItem> items(List<Section> sections) throws IOException {
        List<FlowItem> items = new ArrayList<>();
        for (Section section : sections) {
            section(section, items);
        }
        return items;
    }

    private void section(Section section, List<FlowItem> items) throws IOException {
        StructNode sect = root.child("Sect");
        SectionKind kind = section.kind();
        boolean setApart = kind != SectionKind.BODY;
        if (setApart) {
            items.add(new SpaceItem(spacing.beforeBox(), true));
            items.add(topRule(kind));
        }
        String label = section.title() != null ? section.title() : DisplayText.sectionLabel(kind).orElse(null);
        if (label != null) {
            TextStyle style = setApart
                    ? type.subheading().withColor(kind == SectionKind.SIDEBAR ? Palette.ACCENT : Palette.INK)
                    : type.heading();
            headings.add(List.of(new Text(label)), 2, sect, style, !setApart, items);
        }
        blocks(section.blocks(), new BlockFlow(sect, blockStyle(kind), 0, 0, false), items);
        RuleItem foot = footRule(kind);
        if (foot != null) {
            items.add(foot);
        }
    }

    private BlockStyle blockStyle(SectionKind kind) {
        return switch (kind) {
            case BODY -> BlockStyle.body(type);
            case SERIES_NOTE -> BlockStyle.note(type);
            default -> BlockStyle.boxed(type);
        };
    }

    private RuleItem topRule(SectionKind kind) {
        return switch (kind) {
            case SIDEBAR -> type.rules().sidebarTop();
            case SERIES_NOTE -> type.rules().noteTop();
            default -> type.rules().boxTop();
        };
    }

    /** The rule that closes a sidebar or a series note; null for the sections that end without one. */
    private RuleItem footRule(SectionKind kind) {
        return switch (kind) {
            case SIDEBAR -> type.rules().sidebarFoot();
            case SERIES_NOTE -> type.rules().noteFoot();
            default -> null;
        };
    }

    /**
     * Where blocks go: their parent element, their style and their indents; also whether the next paragraph is
     * indented (or, where paragraphs are not indented, spaced from the one before).
     */
    private static final class BlockFlow {
        final StructNode parent;
        final BlockStyle style;
        final float left;
        final float right;
        /** Every block starts as if it were the first (a pull quote's paragraphs run without space between). */
        final boolean eachBlockFirst;
        boolean indentNext;

        BlockFlow(StructNode parent, BlockStyle style, float left, float right, boolean eachBlockFirst) {
            this.parent = parent;
            this.style = style;
            this.left = left;
            this.right = right;
            this.eachBlockFirst = eachBlockFirst;
        }
    }

    private void blocks(List<Block> blocks, BlockFlow sectionFlow, List<FlowItem> items) throws IOException {
        Deque<BlockFlow> flows = new ArrayDeque<>();
        flows.push(sectionFlow);
        try {
            Blocks.walk(blocks, new BlockHandler() {
                @Override
                public void paragraph(Paragraph paragraph) {
                    BlockFlow flow = next(flows);
                    run(() -> SectionLayout.this.paragraph(paragraph, flow, items));
                }

                @Override
                public void heading(Heading heading) {
                    BlockFlow flow = next(flows);
                    run(() -> headings.add(heading.content(), heading.level(), flow.parent,
                            heading.level() == 2 ? type.heading() : type.subheading(), true, items));
                    flow.indentNext = false;
                }

                @Override
                public void figure(Figure figure) {
                    BlockFlow flow = next(flows);
                    run(() -> figures.add(figure, flow.parent, flow.left, flow.right, items));
                    flow.indentNext = false;
                }

                @Override
                public void list(ListBlock list) {
                    BlockFlow flow = next(flows);
                    run(() -> SectionLayout.this.list(list, flow, items));
                    flow.indentNext = false;
                }

                @Override
                public void divider(Divider divider) {
                    BlockFlow flow = next(flows);
                    items.add(type.rules().divider());
                    flow.indentNext = false;
                }

                @Override
                public void enterBlockQuote(BlockQuote quote) {
                    flows.push(enterQuote(quote, next(flows), items));
                }

                @Override
                public void leaveBlockQuote(BlockQuote quote) {
                    flows.pop();
                    if (quote.pullQuote()) {
                        items.add(type.rules().pullQuoteFoot());
                    } else {
                        items.add(new SpaceItem(spacing.aroundQuote(), false));
                    }
                    flows.peek().indentNext = false;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The flow the next block goes into, ready for it. */
    private static BlockFlow next(Deque<BlockFlow> flows) {
        BlockFlow flow = flows.peek();
        if (flow.eachBlockFirst) {
            flow.indentNext = false;
        }
        return flow;
    }

    /** Opens a block quotation or a pull quote inside {@code flow}: its space or rule, and the flow of its blocks. */
    private BlockFlow enterQuote(BlockQuote quote, BlockFlow flow, List<FlowItem> items) {
        StructNode node = flow.parent.child("BlockQuote");
        if (quote.pullQuote()) {
            items.add(new SpaceItem(spacing.abovePullQuote(), true));
            items.add(type.rules().pullQuoteTop());
            return new BlockFlow(node, BlockStyle.pull(type), flow.left + spacing.pullQuoteInset(),
                    flow.right + spacing.pullQuoteInset(), true);
        }
        items.add(new SpaceItem(spacing.aroundQuote(), false));
        float inset = Math.min(spacing.quoteInset(), context.composer.width() * spacing.quoteInsetShare());
        return new BlockFlow(node, BlockStyle.quote(type), flow.left + inset, flow.right + inset, false);
    }

    private void paragraph(Paragraph paragraph, BlockFlow flow, List<FlowItem> items) throws IOException {
        int index = paragraphIndex++;
        StructNode p = flow.parent.child("P");
        String own = ScriptLanguages.differing(Inlines.plainText(paragraph.content()), language).orElse(null);
        p.language(own);
        BlockStyle style = flow.style;
        float indent = flow.indentNext && style.indentParagraphs() ? spacing.paragraphIndent() : 0;
        if (!style.indentParagraphs() && flow.indentNext) {
            items.add(new SpaceItem(style.text().leading() * spacing.paragraphGapLeadings(), false));
        }
        List<Span> spans = InlineFlattener.flatten(paragraph.content(), style.text(), p,
                own != null ? own : language);
        float width = context.composer.width() - flow.left - flow.right;
        List<TypesetLine> lines = setter.set(spans, width, style.alignment(), indent);
        FlowLines.add(lines, p, flow.left, items, false, index);
        if (!lines.isEmpty()) {
            flow.indentNext = true;
        }
    }

    private void list(ListBlock list, BlockFlow flow, List<FlowItem> items) throws IOException {
        StructNode node = flow.parent.child("L");
        TextStyle style = flow.style.text();
        float hang = list.ordered() ? spacing.numberHang() : spacing.bulletHang();
        float width = context.composer.width() - flow.left - flow.right - hang;
        items.add(new SpaceItem(style.leading() * spacing.aroundListLeadings(), false));
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
            FlowLines.add(withLabel, body, flow.left + hang, items, false, FlowLines.NO_PARAGRAPH);
            int position = number - 1;
            if (position == 0 || position == list.items().size() - 2) {
                // No item alone at the foot or the head of a column.
                TextLineItem last = (TextLineItem) items.get(items.size() - 1);
                items.set(items.size() - 1, new TextLineItem(last.line(), last.node(), last.indent(), last.paragraph(),
                        true));
            }
            number++;
        }
        items.add(new SpaceItem(style.leading() * spacing.aroundListLeadings(), false));
    }

    private interface IoAction {
        void run() throws IOException;
    }

    /** Runs {@code action} inside a block handler, whose methods cannot throw checked exceptions. */
    private static void run(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

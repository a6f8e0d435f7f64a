package io.tearsheet.pdf.internal.render;

import io.tearsheet.model.Inline;
import io.tearsheet.model.Inlines;
import io.tearsheet.pdf.internal.page.FlowItem;
import io.tearsheet.pdf.internal.page.SpaceItem;
import io.tearsheet.pdf.internal.tagging.StructNode;
import io.tearsheet.pdf.internal.text.Alignment;
import io.tearsheet.pdf.internal.text.InlineFlattener;
import io.tearsheet.pdf.internal.text.LineSetter;
import io.tearsheet.pdf.internal.text.Span;
import io.tearsheet.pdf.internal.text.TextStyle;
import io.tearsheet.pdf.internal.text.TypesetLine;

import java.io.IOException;
import java.util.List;

/**
 * An article's headings below its headline: H2 to H6 elements that never skip a level (PDF/UA asks for it), set
 * across the column and kept with what follows; level-2 headings are bookmarked where they land.
 * One article's; not thread-safe.
 */
final class Headings {
    /** Beyond this many bookmarks in a document, headings are no longer bookmarked: a bound for hostile input. */
    private static final int MAX_BOOKMARKS = 10_000;

    private final RenderContext context;
    private final LineSetter setter;
    private int level = 1;

    Headings(RenderContext context, LineSetter setter) {
        this.context = context;
        this.setter = setter;
    }

    /**
     * Adds a heading of {@code level} (lowered to one below the last heading's level when it would skip one) as a
     * child of {@code parent}; a heading with nothing to draw is left out.
     *
     * @param spaceAbove whether to put space above it (not where a rule already sets it apart)
     */
    void add(List<Inline> content, int level, StructNode parent, TextStyle style, boolean spaceAbove,
             List<FlowItem> items) throws IOException {
        int effective = Math.min(level, this.level + 1);
        StructNode node = parent.child("H" + effective);
        List<Span> spans = InlineFlattener.flatten(content, style, node);
        List<TypesetLine> lines = setter.set(spans, context.composer.width(), Alignment.LEFT, 0);
        if (lines.isEmpty()) {
            return;
        }
        this.level = effective;
        Spacing spacing = context.type.spacing();
        if (spaceAbove) {
            items.add(new SpaceItem(style.leading() * spacing.headingAboveLeadings(), true));
        }
        int first = items.size();
        FlowLines.addKept(lines, node, items);
        items.add(new SpaceItem(style.leading() * spacing.headingBelowLeadings(), true));
        if (effective == 2 && context.outline.size() < MAX_BOOKMARKS) {
            String title = context.clean(Inlines.plainText(content)).strip();
            if (!title.isEmpty()) {
                context.pendingHeadings.put(items.get(first), title);
            }
        }
    }
}

package io.tearsheet.pdf.internal.render;

import io.tearsheet.pdf.internal.page.FlowItem;
import io.tearsheet.pdf.internal.page.TextLineItem;
import io.tearsheet.pdf.internal.tagging.StructNode;
import io.tearsheet.pdf.internal.text.TypesetLine;

import java.util.List;

/** Typeset lines as flow items, with the keeps that stop a column break from stranding a line. */
final class FlowLines {
    /** The paragraph index of lines that are not a paragraph's (headings, furniture, lists). */
    static final int NO_PARAGRAPH = -1;

    private FlowLines() {
    }

    /**
     * Adds a paragraph's lines with widow and orphan control: the first two and the last two lines stay
     * together (or all of them, when {@code keepAll}, for headings and furniture).
     *
     * @param paragraph the paragraph's index in reading order, or {@link #NO_PARAGRAPH}
     */
    static void add(List<TypesetLine> lines, StructNode node, float indent, List<FlowItem> items, boolean keepAll,
                    int paragraph) {
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            boolean keep = keepAll || i == 0 && n > 1 || i == n - 2;
            items.add(new TextLineItem(lines.get(i), node, indent, paragraph, keep));
        }
    }

    /** Adds lines that stay together and with what follows them: a heading, a line of the headline block. */
    static void addKept(List<TypesetLine> lines, StructNode node, List<FlowItem> items) {
        add(lines, node, 0, items, true, NO_PARAGRAPH);
    }
}

package io.tearsheet.html.internal;

import io.tearsheet.model.EditorialInsertion;
import io.tearsheet.model.Inline;
import io.tearsheet.model.InlineContainer;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.SectionKind;
import io.tearsheet.model.Text;
import io.tearsheet.read.conventions.Datelines;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes the dateline off the front of the first body paragraph, as the plain-text reader does: the dateline is
 * metadata ({@link io.tearsheet.model.Metadata#dateline()}), and the paragraph starts with its first word. The
 * paragraph's formatting is kept; containers left empty are dropped.
 */
final class DatelineRemoval {
    private DatelineRemoval() {
    }

    static List<PlacedBlock> apply(List<PlacedBlock> blocks, Datelines.Dateline dateline) {
        if (dateline == null) {
            return blocks;
        }
        List<PlacedBlock> out = new ArrayList<>(blocks);
        for (int i = 0; i < out.size(); i++) {
            PlacedBlock block = out.get(i);
            if (block.kind() == SectionKind.BODY && block.block() instanceof Paragraph paragraph
                    && paragraph.plainText().length() > dateline.length()) {
                String text = paragraph.plainText();
                if (!Datelines.find(text).map(found -> found.length() == dateline.length()).orElse(false)) {
                    continue;
                }
                List<Inline> rest = dropPrefix(paragraph.content(), new int[] {dateline.length()});
                out.set(i, block.withBlock(new Paragraph(rest)));
                break;
            }
        }
        return out;
    }

    /**
     * The inlines without their first {@code remaining[0]} characters. Inline trees from the body mapper are at most
     * {@link InlineBuffer#MAX_NESTING} deep, which bounds this recursion.
     */
    private static List<Inline> dropPrefix(List<Inline> inlines, int[] remaining) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            if (remaining[0] <= 0) {
                out.add(inline);
                continue;
            }
            if (inline instanceof Text text) {
                String value = text.text();
                if (value.length() <= remaining[0]) {
                    remaining[0] -= value.length();
                } else {
                    out.add(new Text(value.substring(remaining[0])));
                    remaining[0] = 0;
                }
            } else if (inline instanceof EditorialInsertion insertion) {
                remaining[0] -= Math.min(remaining[0], insertion.text().length());
            } else if (inline instanceof InlineContainer container) {
                List<Inline> content = dropPrefix(container.content(), remaining);
                if (!content.isEmpty()) {
                    out.add(InlineTrees.rebuild(container, content));
                }
            }
        }
        return out;
    }
}

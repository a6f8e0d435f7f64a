package io.tearsheet.model;

import java.util.List;

/**
 * A bulleted or numbered list.
 *
 * @param ordered whether the items are numbered
 * @param items   the items, in order
 * @since 0.1.0
 */
public record ListBlock(boolean ordered, List<ListItem> items) implements Block {
    public ListBlock {
        items = Checks.list(items, "list.items");
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitList(this);
    }
}

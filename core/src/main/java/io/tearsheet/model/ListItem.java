package io.tearsheet.model;

import java.util.List;

/**
 * One item of a {@link ListBlock}.
 *
 * @param content the item's inlines
 * @since 0.1.0
 */
public record ListItem(List<Inline> content) {
    public ListItem {
        content = Checks.list(content, "listItem.content");
    }

    public static ListItem of(String text) {
        return new ListItem(List.of(new Text(text)));
    }
}

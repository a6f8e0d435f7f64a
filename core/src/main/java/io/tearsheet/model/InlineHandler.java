package io.tearsheet.model;

/**
 * Receives an inline tree depth-first from {@link Inlines#walk(java.util.List, InlineHandler)}: leaves as
 * they come, containers once on the way in and once on the way out. Exporters render with a handler
 * instead of recursing themselves, so deep nesting never overflows their stack.
 *
 * <p>Every method does nothing by default, so a handler names only the events it needs.
 *
 * @since 0.1.0
 */
public interface InlineHandler {
    /** A run of plain text. */
    default void text(Text text) {
    }

    /** An editorial insertion (drawn with brackets). */
    default void insertion(EditorialInsertion insertion) {
    }

    /** Entering emphasis, strong, a link or a quotation; its content follows. */
    default void enter(InlineContainer container) {
    }

    /** Leaving the container last entered. */
    default void leave(InlineContainer container) {
    }
}

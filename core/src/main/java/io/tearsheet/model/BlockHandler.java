package io.tearsheet.model;

/**
 * Receives blocks in reading order from {@link Blocks#walk(java.util.List, BlockHandler)}: every block that is
 * not a block quote as it comes, and each block quote once on the way in and once on the way out, with its blocks
 * between. Paragraphs arrive in the order {@link Article#paragraphs()} counts them, the order
 * {@link Quote#paragraph()} indexes.
 *
 * <p>Every method does nothing by default, so a handler names only the blocks it needs.
 *
 * <pre>{@code
 * Blocks.walk(section.blocks(), new BlockHandler() {
 *     @Override
 *     public void paragraph(Paragraph paragraph) {
 *         System.out.println(paragraph.plainText());
 *     }
 * });
 * }</pre>
 *
 * @since 0.1.0
 */
public interface BlockHandler {
    /** A paragraph, inside a block quote or not. */
    default void paragraph(Paragraph paragraph) {
    }

    /** A heading. */
    default void heading(Heading heading) {
    }

    /** A figure. */
    default void figure(Figure figure) {
    }

    /** A list. */
    default void list(ListBlock list) {
    }

    /** A divider. */
    default void divider(Divider divider) {
    }

    /** Entering a block quote; its blocks follow. */
    default void enterBlockQuote(BlockQuote quote) {
    }

    /** Leaving the block quote last entered. */
    default void leaveBlockQuote(BlockQuote quote) {
    }
}

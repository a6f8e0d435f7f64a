package io.tearsheet.model;

import java.util.List;

/**
 * A block quotation, or a pull quote: words repeated from the body in large type for display.
 * A pull quote repeats text that is already in the body, so its quotations are never counted twice.
 *
 * @param blocks    the quoted blocks
 * @param pullQuote whether this is a display repetition of body text
 * @since 0.1.0
 */
public record BlockQuote(List<Block> blocks, boolean pullQuote) implements Block {
    public BlockQuote {
        blocks = Checks.list(blocks, "blockQuote.blocks");
    }

    @Override
    public <R> R accept(BlockVisitor<R> visitor) {
        return visitor.visitBlockQuote(this);
    }
}

package io.tearsheet.epub.internal;

import io.tearsheet.model.Block;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.BlockVisitor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Walks a section's blocks in reading order, the order {@link io.tearsheet.model.Article#paragraphs()} counts
 * paragraphs in. Block quotes are entered and left rather than visited, and the walk keeps its own stack, so
 * block quotes nested however deep never overflow the caller's stack (the same reason core's
 * {@link io.tearsheet.model.Inlines#walk} is iterative).
 */
final class BlockWalk {
    private BlockWalk() {
    }

    /** Receives the blocks of a walk. */
    interface Handler {
        /** A block quote begins; its blocks follow. */
        void enterBlockQuote(BlockQuote quote);

        /** The block quote last entered ends. */
        void leaveBlockQuote(BlockQuote quote);

        /** Handles every block that is not a block quote; {@code visitBlockQuote} is never called. */
        BlockVisitor<Void> leaves();
    }

    static void walk(List<Block> blocks, Handler handler) {
        BlockVisitor<Void> leaves = handler.leaves();
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(null, blocks.iterator()));
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            if (!top.blocks.hasNext()) {
                stack.pop();
                if (top.quote != null) {
                    handler.leaveBlockQuote(top.quote);
                }
                continue;
            }
            Block block = top.blocks.next();
            if (block instanceof BlockQuote quote) {
                handler.enterBlockQuote(quote);
                stack.push(new Frame(quote, quote.blocks().iterator()));
            } else {
                block.accept(leaves);
            }
        }
    }

    private record Frame(BlockQuote quote, Iterator<Block> blocks) {
    }
}

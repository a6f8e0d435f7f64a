package io.tearsheet.html.internal;

import io.tearsheet.model.Block;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.ListBlock;
import io.tearsheet.model.ListItem;
import io.tearsheet.model.SectionKind;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where the body mapper's finished blocks go: into the article in reading order (with the section kind that is open),
 * into an open block quote, or, for list items, into an open list. Quotes and lists are frames on a stack, so nested
 * quotations and lists inside quotations come out nested; the mapper bounds how deep.
 */
final class BlockCollector {
    private enum FrameKind { ROOT, QUOTE, LIST }

    /** An open target: the article itself, a block quote being collected, or a list being collected. */
    private static final class Frame {
        final FrameKind kind;
        final boolean pull;
        final Element element;
        final List<Block> blocks = new ArrayList<>();
        final List<ListItem> items = new ArrayList<>();
        final boolean ordered;
        int nesting;

        Frame(FrameKind kind, boolean pull, boolean ordered, Element element) {
            this.kind = kind;
            this.pull = pull;
            this.ordered = ordered;
            this.element = element;
        }
    }

    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Deque<SectionKind> kinds = new ArrayDeque<>();
    private final List<PlacedBlock> placed = new ArrayList<>();

    BlockCollector() {
        frames.push(new Frame(FrameKind.ROOT, false, false, null));
        kinds.push(SectionKind.BODY);
    }

    /** The blocks placed in the article so far, in reading order. */
    List<PlacedBlock> placed() {
        return placed;
    }

    /** Adds a block where blocks go now: the innermost open quote, else the article. */
    void emit(Block block, Element origin) {
        for (Frame frame : frames) {
            if (frame.kind == FrameKind.QUOTE) {
                frame.blocks.add(block);
                return;
            }
            if (frame.kind == FrameKind.ROOT) {
                placed.add(new PlacedBlock(kinds.peek(), block, origin));
                return;
            }
        }
    }

    /** The last block emitted where the next one would go, or null. */
    Block lastEmitted() {
        for (Frame frame : frames) {
            if (frame.kind == FrameKind.QUOTE) {
                return frame.blocks.isEmpty() ? null : frame.blocks.get(frame.blocks.size() - 1);
            }
            if (frame.kind == FrameKind.ROOT) {
                return placed.isEmpty() ? null : placed.get(placed.size() - 1).block();
            }
        }
        return null;
    }

    /** Replaces the block {@link #lastEmitted()} returns (a figure that found its caption). */
    void replaceLastEmitted(Block block) {
        for (Frame frame : frames) {
            if (frame.kind == FrameKind.QUOTE) {
                frame.blocks.set(frame.blocks.size() - 1, block);
                return;
            }
            if (frame.kind == FrameKind.ROOT) {
                placed.set(placed.size() - 1, placed.get(placed.size() - 1).withBlock(block));
                return;
            }
        }
    }

    /** Whether a list is open to take items (and no quote was opened inside it). */
    boolean inList() {
        return nearestList() != null;
    }

    /** Adds an item to the open list. */
    void addItem(ListItem item) {
        nearestList().items.add(item);
    }

    /** Opens a list, or, inside an open list, one more level that merges into it (the model's lists are flat). */
    void openList(boolean ordered, Element element) {
        Frame list = nearestList();
        if (list != null) {
            list.nesting++;
        } else {
            frames.push(new Frame(FrameKind.LIST, false, ordered, element));
        }
    }

    /** Closes the level of list opened last, emitting the list when its outermost level closes. */
    void closeList() {
        Frame list = nearestList();
        if (list == null) {
            return;
        }
        if (list.nesting > 0) {
            list.nesting--;
            return;
        }
        frames.pop();
        if (!list.items.isEmpty()) {
            emit(new ListBlock(list.ordered, list.items), list.element);
        }
    }

    /** How many quotes are open. */
    int quoteDepth() {
        int depth = 0;
        for (Frame frame : frames) {
            if (frame.kind == FrameKind.QUOTE) {
                depth++;
            }
        }
        return depth;
    }

    /** Whether a pull quote is open (a quotation inside it is part of it, not a quote of its own). */
    boolean insidePullQuote() {
        for (Frame frame : frames) {
            if (frame.kind == FrameKind.QUOTE && frame.pull) {
                return true;
            }
        }
        return false;
    }

    void openQuote(boolean pull, Element element) {
        frames.push(new Frame(FrameKind.QUOTE, pull, false, element));
    }

    /** Closes the quote opened last and emits it, unless it stayed empty. */
    void closeQuote() {
        Frame quote = frames.pop();
        if (!quote.blocks.isEmpty()) {
            emit(new BlockQuote(quote.blocks, quote.pull), quote.element);
        }
    }

    /** Blocks emitted from now on belong to a section of this kind (a correction, a sidebar). */
    void pushKind(SectionKind kind) {
        kinds.push(kind);
    }

    void popKind() {
        kinds.pop();
    }

    private Frame nearestList() {
        for (Frame frame : frames) {
            if (frame.kind == FrameKind.LIST) {
                return frame;
            }
            if (frame.kind == FrameKind.QUOTE) {
                return null;
            }
        }
        return null;
    }
}

package io.tearsheet.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The one walk over blocks in reading order, as {@link Inlines} is the one walk over inlines. Readers, the model's
 * own checks and every exporter traverse with it instead of recursing themselves.
 *
 * <p>The walk keeps its own stack rather than recursing, so block quotes nested ten thousand deep are no danger
 * to the caller.
 *
 * @since 0.1.0
 */
public final class Blocks {
    private Blocks() {
    }

    /** Walks {@code blocks} in reading order, entering block quotes, calling {@code handler} for each. */
    public static void walk(List<Block> blocks, BlockHandler handler) {
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
            } else if (block instanceof Paragraph paragraph) {
                handler.paragraph(paragraph);
            } else if (block instanceof Heading heading) {
                handler.heading(heading);
            } else if (block instanceof Figure figure) {
                handler.figure(figure);
            } else if (block instanceof ListBlock list) {
                handler.list(list);
            } else if (block instanceof Divider divider) {
                handler.divider(divider);
            }
        }
    }

    /** Walks every section's blocks in turn, as {@link #walk(List, BlockHandler)} does one list. */
    public static void walkSections(List<Section> sections, BlockHandler handler) {
        for (Section section : sections) {
            walk(section.blocks(), handler);
        }
    }

    /**
     * Every paragraph of {@code sections} in reading order, paragraphs inside block quotes included: the sequence
     * {@link Quote#paragraph()} indexes.
     */
    public static List<Paragraph> paragraphs(List<Section> sections) {
        List<Paragraph> paragraphs = new ArrayList<>();
        walkSections(sections, new BlockHandler() {
            @Override
            public void paragraph(Paragraph paragraph) {
                paragraphs.add(paragraph);
            }
        });
        return Collections.unmodifiableList(paragraphs);
    }

    /**
     * {@code blocks} with every paragraph, inside block quotes too, replaced by what {@code replace} makes of it, in
     * reading order; every other block, and every block quote's pull-quote flag, is kept.
     */
    public static List<Block> replaceParagraphs(List<Block> blocks, UnaryOperator<Paragraph> replace) {
        Deque<List<Block>> rebuilt = new ArrayDeque<>();
        rebuilt.push(new ArrayList<>());
        walk(blocks, new BlockHandler() {
            @Override
            public void paragraph(Paragraph paragraph) {
                rebuilt.peek().add(replace.apply(paragraph));
            }

            @Override
            public void heading(Heading heading) {
                rebuilt.peek().add(heading);
            }

            @Override
            public void figure(Figure figure) {
                rebuilt.peek().add(figure);
            }

            @Override
            public void list(ListBlock list) {
                rebuilt.peek().add(list);
            }

            @Override
            public void divider(Divider divider) {
                rebuilt.peek().add(divider);
            }

            @Override
            public void enterBlockQuote(BlockQuote quote) {
                rebuilt.push(new ArrayList<>());
            }

            @Override
            public void leaveBlockQuote(BlockQuote quote) {
                List<Block> inner = rebuilt.pop();
                rebuilt.peek().add(new BlockQuote(inner, quote.pullQuote()));
            }
        });
        return rebuilt.pop();
    }

    private record Frame(BlockQuote quote, Iterator<Block> blocks) {
    }
}

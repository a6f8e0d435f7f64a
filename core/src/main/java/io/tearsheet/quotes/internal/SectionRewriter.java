package io.tearsheet.quotes.internal;

import io.tearsheet.model.Block;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Section;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Replaces the paragraphs of an article's sections, in the reading order of {@code Article.paragraphs()}
 * (paragraphs inside block quotes included), keeping every other block as it was. Iterative, so block quotes
 * nested any depth are safe.
 */
final class SectionRewriter {
    private SectionRewriter() {
    }

    static List<Section> replace(List<Section> sections, List<Paragraph> paragraphs) {
        Iterator<Paragraph> replacements = paragraphs.iterator();
        List<Section> out = new ArrayList<>(sections.size());
        for (Section section : sections) {
            out.add(new Section(section.kind(), section.title(), rewrite(section.blocks(), replacements)));
        }
        return out;
    }

    private record Frame(BlockQuote template, Iterator<Block> blocks, List<Block> rebuilt) {
    }

    private static List<Block> rewrite(List<Block> blocks, Iterator<Paragraph> replacements) {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(null, blocks.iterator(), new ArrayList<>()));
        while (true) {
            Frame top = stack.peek();
            if (!top.blocks().hasNext()) {
                stack.pop();
                if (stack.isEmpty()) {
                    return top.rebuilt();
                }
                stack.peek().rebuilt().add(new BlockQuote(top.rebuilt(), top.template().pullQuote()));
                continue;
            }
            Block block = top.blocks().next();
            if (block instanceof Paragraph) {
                top.rebuilt().add(replacements.next());
            } else if (block instanceof BlockQuote quote) {
                stack.push(new Frame(quote, quote.blocks().iterator(), new ArrayList<>()));
            } else {
                top.rebuilt().add(block);
            }
        }
    }
}

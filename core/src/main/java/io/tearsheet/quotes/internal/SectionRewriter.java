package io.tearsheet.quotes.internal;

import io.tearsheet.model.Blocks;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Section;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Replaces the paragraphs of an article's sections, in the reading order of {@code Article.paragraphs()}
 * (paragraphs inside block quotes included), keeping every other block as it was.
 */
final class SectionRewriter {
    private SectionRewriter() {
    }

    static List<Section> replace(List<Section> sections, List<Paragraph> paragraphs) {
        Iterator<Paragraph> replacements = paragraphs.iterator();
        List<Section> out = new ArrayList<>(sections.size());
        for (Section section : sections) {
            out.add(new Section(section.kind(), section.title(),
                    Blocks.replaceParagraphs(section.blocks(), paragraph -> replacements.next())));
        }
        return out;
    }
}

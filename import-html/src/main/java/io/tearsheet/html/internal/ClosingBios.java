package io.tearsheet.html.internal;

import io.tearsheet.model.Block;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Section;
import io.tearsheet.model.SectionKind;
import io.tearsheet.read.conventions.AuthorBios;
import io.tearsheet.read.conventions.RemovalReason;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes the authors' bios off the end of the body once the authors are known ({@link AuthorBios#closingBios}):
 * "Markus Roe beschäftigt sich mit …" after the article, with the lines that introduce it ("About the author", the
 * name alone, a job title), and from a box beside it that holds the bio, which goes whole when nothing else is in it.
 */
final class ClosingBios {
    private ClosingBios() {
    }

    static List<Section> drop(List<Section> sections, List<Byline> authors, RemovalLog removals) {
        List<Section> result = new ArrayList<>(sections);
        for (int s = 0; s < result.size(); s++) {
            Section section = result.get(s);
            boolean body = section.kind() == SectionKind.BODY;
            if (!body && section.kind() != SectionKind.SIDEBAR) {
                continue;
            }
            List<String> texts = new ArrayList<>(section.blocks().size());
            for (Block block : section.blocks()) {
                texts.add(BodyEdges.text(block));
            }
            AuthorBios.Range bios = AuthorBios.closingBios(texts, authors, !body);
            if (bios == null) {
                continue;
            }
            List<Block> blocks = new ArrayList<>(section.blocks());
            for (int i = bios.from(); i < bios.to(); i++) {
                if (texts.get(i) != null) {
                    removals.add(texts.get(i), RemovalReason.BIO);
                }
            }
            blocks.subList(bios.from(), bios.to()).clear();
            result.set(s, blocks.isEmpty() ? null : new Section(section.kind(), section.title(), blocks));
        }
        result.removeIf(java.util.Objects::isNull);
        return result;
    }
}

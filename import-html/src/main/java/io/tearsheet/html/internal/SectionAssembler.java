package io.tearsheet.html.internal;

import io.tearsheet.model.Block;
import io.tearsheet.model.Section;
import io.tearsheet.model.SectionKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups the placed blocks into sections: the body's blocks into one body section, and each run of blocks of
 * another kind (a correction, an editors' note, a sidebar) into a section of that kind, before the body when it
 * stood before the body's first block and after it otherwise.
 */
final class SectionAssembler {
    private SectionAssembler() {
    }

    static List<Section> assemble(List<PlacedBlock> placed) {
        List<Section> before = new ArrayList<>();
        List<Section> after = new ArrayList<>();
        List<Block> body = new ArrayList<>();
        SectionKind runKind = null;
        List<Block> run = new ArrayList<>();
        boolean bodyStarted = false;
        for (PlacedBlock block : placed) {
            if (block.kind() == SectionKind.BODY) {
                closeRun(runKind, run, bodyStarted ? after : before);
                runKind = null;
                run = new ArrayList<>();
                body.add(block.block());
                bodyStarted = true;
                continue;
            }
            if (block.kind() != runKind) {
                closeRun(runKind, run, bodyStarted ? after : before);
                runKind = block.kind();
                run = new ArrayList<>();
            }
            run.add(block.block());
        }
        closeRun(runKind, run, bodyStarted ? after : before);
        List<Section> sections = new ArrayList<>(before);
        if (!body.isEmpty()) {
            sections.add(Section.body(body));
        }
        sections.addAll(after);
        return sections;
    }

    private static void closeRun(SectionKind kind, List<Block> run, List<Section> into) {
        if (kind != null && !run.isEmpty()) {
            into.add(new Section(kind, null, run));
        }
    }
}

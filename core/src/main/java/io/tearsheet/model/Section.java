package io.tearsheet.model;

import java.util.List;

/**
 * A part of an article with one purpose: the body, a sidebar, a series note, a correction.
 *
 * @param kind   what the section is for
 * @param title  the section's own title, or null
 * @param blocks the section's blocks, in reading order
 * @since 0.1.0
 */
public record Section(SectionKind kind, String title, List<Block> blocks) {
    public Section {
        Checks.required(kind, "section.kind");
        title = Checks.optionalText(title);
        blocks = Checks.list(blocks, "section.blocks");
    }

    public static Section of(SectionKind kind, Block... blocks) {
        return new Section(kind, null, List.of(blocks));
    }

    public static Section body(List<Block> blocks) {
        return new Section(SectionKind.BODY, null, blocks);
    }
}

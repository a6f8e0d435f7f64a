package io.tearsheet.html.internal;

import io.tearsheet.model.Block;
import io.tearsheet.model.SectionKind;
import org.jsoup.nodes.Element;

/**
 * A block of the article in reading order, the kind of section it belongs to, and the element it came from (null
 * for blocks that came from the page's metadata).
 *
 * @param kind   the section kind: the body, a correction, an editors' note, a sidebar
 * @param block  the block
 * @param origin the page element the block was read from, or null
 */
record PlacedBlock(SectionKind kind, Block block, Element origin) {
    PlacedBlock withBlock(Block replacement) {
        return new PlacedBlock(kind, replacement, origin);
    }

    PlacedBlock withKind(SectionKind replacement) {
        return new PlacedBlock(replacement, block, origin);
    }
}

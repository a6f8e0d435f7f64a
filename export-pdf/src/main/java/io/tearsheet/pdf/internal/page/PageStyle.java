package io.tearsheet.pdf.internal.page;

import io.tearsheet.pdf.internal.text.TypesetLine;

/**
 * How a page's lines, furniture and figure frames are drawn, apart from the items' own sizes: the numbers of
 * {@link PagePainter}, chosen with the rest of the page's look (see the render package's {@code Typography}).
 *
 * @param baselineShare    where a line's baseline lies below the line's top, as a share of its leading
 * @param headBaseline     the running head's baseline, as a share of the top margin below the page's edge
 * @param headRuleGap      the space between the running head's baseline and the rule under it, in points
 * @param headRuleWeight   that rule's thickness, in points
 * @param headRuleRgb      that rule's colour, 0xRRGGBB
 * @param folioBaseline    the folio's baseline, as a share of the bottom margin below the text block
 * @param framePadding     the space above and below a placeholder's frame, inside its item, in points
 * @param frameWeight      the frame's thickness, in points
 * @param frameFillRgb     the frame's tint, 0xRRGGBB
 * @param frameStrokeRgb   the frame's line colour, 0xRRGGBB
 * @param linkDescentShare how far a link's clickable area reaches below the baseline, as a share of the leading
 */
public record PageStyle(float baselineShare, float headBaseline, float headRuleGap, float headRuleWeight,
                        int headRuleRgb, float folioBaseline, float framePadding, float frameWeight, int frameFillRgb,
                        int frameStrokeRgb, float linkDescentShare) {

    /** Where the baseline of {@code line}'s glyphs lies below the line's top. */
    float baselineOffset(TypesetLine line) {
        return line.leading() * baselineShare;
    }
}

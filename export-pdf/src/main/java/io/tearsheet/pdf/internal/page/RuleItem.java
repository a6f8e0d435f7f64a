package io.tearsheet.pdf.internal.page;

/**
 * A horizontal rule, drawn as page furniture (an artifact): above a sidebar, below the standfirst, a divider.
 *
 * @param thickness    the line's thickness
 * @param widthShare   the share of the column it spans, from 0 to 1; centred when less than 1
 * @param above        the space above the rule
 * @param below        the space below it
 * @param rgb          the colour
 * @param keepWithNext whether to avoid a break after it
 */
public record RuleItem(float thickness, float widthShare, float above, float below, int rgb, boolean keepWithNext)
        implements FlowItem {
    @Override
    public float height() {
        return above + thickness + below;
    }
}

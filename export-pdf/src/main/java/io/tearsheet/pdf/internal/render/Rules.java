package io.tearsheet.pdf.internal.render;

import io.tearsheet.pdf.internal.page.RuleItem;

/**
 * The horizontal rules of an article, each with its weight, width, the space around it and its colour.
 *
 * @param header        under the headline block
 * @param sidebarTop    above a sidebar
 * @param sidebarFoot   below a sidebar
 * @param noteTop       above a series note
 * @param noteFoot      below a series note
 * @param boxTop        above the other set-apart sections (editor's note, correction…) and "Sources quoted"
 * @param divider       a divider between parts of the text
 * @param pullQuoteTop  above a pull quote
 * @param pullQuoteFoot below a pull quote
 */
record Rules(RuleItem header, RuleItem sidebarTop, RuleItem sidebarFoot, RuleItem noteTop, RuleItem noteFoot,
             RuleItem boxTop, RuleItem divider, RuleItem pullQuoteTop, RuleItem pullQuoteFoot) {
    /** The weight of most rules, in points. */
    static final float HAIRLINE = 0.6f;
    /** The weight of the rule under the headline block. */
    static final float HEADER_WEIGHT = 0.8f;
    /** The weight of a pull quote's rules. */
    static final float PULL_QUOTE_WEIGHT = 1.4f;
    /** The weight of the rule above a sidebar. */
    static final float SIDEBAR_WEIGHT = 2.2f;
    /** A rule across the whole column. */
    static final float FULL_WIDTH = 1f;
    /** A short, centred rule: notes and pull quotes. */
    static final float SHORT_WIDTH = 0.3f;
    /** The width of a divider, a short dash of rule. */
    static final float DIVIDER_WIDTH = 0.12f;

    /** The rules for a body set with an em of {@code em} points. */
    static Rules of(float em) {
        return new Rules(
                new RuleItem(HEADER_WEIGHT, FULL_WIDTH, em * 0.6f, em * 1.1f, Palette.HEADER_RULE, false),
                new RuleItem(SIDEBAR_WEIGHT, FULL_WIDTH, 0, em * 0.6f, Palette.ACCENT, true),
                new RuleItem(HAIRLINE, FULL_WIDTH, em * 0.5f, 0, Palette.BOX_RULE, false),
                new RuleItem(HAIRLINE, SHORT_WIDTH, 0, em * 0.6f, Palette.BOX_RULE, true),
                new RuleItem(HAIRLINE, SHORT_WIDTH, em * 0.5f, 0, Palette.BOX_RULE, false),
                new RuleItem(HAIRLINE, FULL_WIDTH, 0, em * 0.6f, Palette.BOX_RULE, true),
                new RuleItem(HAIRLINE, DIVIDER_WIDTH, em * 0.8f, em * 0.8f, Palette.DIVIDER, false),
                new RuleItem(PULL_QUOTE_WEIGHT, SHORT_WIDTH, 0, em * 0.5f, Palette.ACCENT, true),
                new RuleItem(PULL_QUOTE_WEIGHT, SHORT_WIDTH, em * 0.4f, em * 0.8f, Palette.ACCENT, false));
    }
}

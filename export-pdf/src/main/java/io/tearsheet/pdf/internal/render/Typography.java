package io.tearsheet.pdf.internal.render;

import io.tearsheet.pdf.internal.page.PageGeometry;
import io.tearsheet.pdf.internal.page.PageStyle;
import io.tearsheet.pdf.internal.text.TextStyle;

/**
 * The look of a page, scaled from one body size chosen for the column width (about 60–75 characters a line in
 * one column, 35–50 in two): the type styles (serif text, sans-serif furniture, a bold serif headline), the
 * spacing, the rules and how the page's furniture is drawn. Colours are in {@link Palette}.
 *
 * @param body       running text
 * @param heading    subheadings (level 2)
 * @param subheading subheadings (levels 3–6)
 * @param kicker     the label above the headline
 * @param headline   the headline
 * @param deck       the standfirst
 * @param byline     the byline
 * @param dateline   dateline, date and publisher; the series line
 * @param caption    figure captions
 * @param credit     figure credits
 * @param alt        the description drawn inside a figure's frame
 * @param boxed      sidebars and notes
 * @param quote      block quotations
 * @param pull       pull quotes
 * @param small      the sources list
 * @param furniture  running heads and folios
 * @param em         the body's em, for indents
 * @param spacing    the vertical space and indents
 * @param rules      the horizontal rules
 * @param page       how lines, running heads, folios and figure frames are drawn
 */
record Typography(TextStyle body, TextStyle heading, TextStyle subheading, TextStyle kicker, TextStyle headline,
                  TextStyle deck, TextStyle byline, TextStyle dateline, TextStyle caption, TextStyle credit,
                  TextStyle alt, TextStyle boxed, TextStyle quote, TextStyle pull, TextStyle small,
                  TextStyle furniture, float em, Spacing spacing, Rules rules, PageStyle page) {

    static Typography of(PageGeometry geometry) {
        float column = geometry.columnWidth();
        float size = Math.max(9f, Math.min(11f, column / 36f));
        float leading = size * 1.32f;
        float headline = Math.max(20f, Math.min(34f, geometry.textWidth() / 17f));
        TextStyle serif = TextStyle.serif(size, leading);
        TextStyle sans = TextStyle.sans(size, leading);
        return new Typography(
                serif,
                sans.withBold(true).withSize(size * 1.12f, size * 1.4f),
                sans.withBold(true).withSize(size, leading),
                sans.withBold(true).withColor(Palette.ACCENT).withSize(size * 0.8f, size * 1.2f),
                serif.withBold(true).withSize(headline, headline * 1.1f),
                serif.withItalic(true).withColor(Palette.DECK).withSize(size * 1.3f, size * 1.3f * 1.3f),
                sans.withBold(true).withSize(size * 0.85f, size * 1.2f),
                sans.withColor(Palette.GREY).withSize(size * 0.78f, size * 1.15f),
                sans.withSize(size * 0.8f, size * 1.05f),
                sans.withColor(Palette.GREY).withSize(size * 0.68f, size * 0.95f),
                sans.withItalic(true).withColor(Palette.ALT_TEXT).withSize(size * 0.85f, size * 1.15f),
                sans.withSize(size * 0.86f, size * 1.18f),
                serif.withSize(size * 0.95f, leading * 0.97f),
                serif.withItalic(true).withSize(size * 1.35f, size * 1.35f * 1.25f),
                sans.withSize(size * 0.8f, size * 1.1f),
                sans.withColor(Palette.GREY).withSize(7.5f, 9f),
                size,
                Spacing.of(size),
                Rules.of(size),
                pageStyle());
    }

    /** How lines sit in their leading, and where the running head, the folio and figure frames go. */
    private static PageStyle pageStyle() {
        float baselineShare = 0.78f;
        float headBaseline = 0.62f;
        float headRuleGap = 4;
        float headRuleWeight = 0.4f;
        float folioBaseline = 0.5f;
        float framePadding = 4;
        float frameWeight = Rules.HAIRLINE;
        float linkDescentShare = 0.22f;
        return new PageStyle(baselineShare, headBaseline, headRuleGap, headRuleWeight, Palette.RUNNING_HEAD_RULE,
                folioBaseline, framePadding, frameWeight, Palette.FRAME_FILL, Palette.FRAME_STROKE, linkDescentShare);
    }
}

package io.tearsheet.pdf.internal.render;

/**
 * The vertical space and indents of an article, in points from the body's em unless a name says otherwise:
 * {@code …Leadings} are multiples of the leading of the text they belong to, {@code …Share} and {@code …Measure}
 * fractions of a width or height.
 *
 * @param afterKicker          below the kicker
 * @param beforeDeck           above the standfirst
 * @param deckMeasure          the standfirst's line length, as a share of the text block
 * @param beforeByline         above the byline
 * @param beforeDateline       above the dateline line (dateline, date, publisher)
 * @param beforeSeries         above the series line
 * @param beforeBox            above a set-apart section (sidebar, note, correction…) and "Sources quoted"
 * @param paragraphIndent      the first-line indent of a paragraph that follows another
 * @param paragraphGapLeadings between paragraphs of sections that are not indented
 * @param headingAboveLeadings above a heading, in its own leadings
 * @param headingBelowLeadings below a heading, in its own leadings
 * @param abovePullQuote       above a pull quote's rule
 * @param pullQuoteInset       a pull quote's indent, each side
 * @param aroundQuote          above and below a block quotation
 * @param quoteInset           a block quotation's indent, each side
 * @param quoteInsetShare      the most that indent may be, as a share of the column
 * @param beforePicture        above a picture or its placeholder
 * @param pictureShare         the most of the text block's height a picture takes, leaving room for its caption
 * @param placeholderAspect    a placeholder's height as a share of its width
 * @param placeholderShare     the most of the text block's height a placeholder takes
 * @param placeholderTextRoom  the part of a placeholder's height its description may not fill
 * @param beforeCaption        between a figure and its caption
 * @param afterFigure          below a figure's caption
 * @param numberHang           the room for the number of an ordered list's items
 * @param bulletHang           the room for the bullet of an unordered list's items
 * @param aroundListLeadings   above and below a list
 * @param beforeSourceLeadings above each entry of "Sources quoted"
 */
record Spacing(float afterKicker, float beforeDeck, float deckMeasure, float beforeByline, float beforeDateline,
               float beforeSeries, float beforeBox, float paragraphIndent, float paragraphGapLeadings,
               float headingAboveLeadings, float headingBelowLeadings, float abovePullQuote, float pullQuoteInset,
               float aroundQuote, float quoteInset, float quoteInsetShare, float beforePicture, float pictureShare,
               float placeholderAspect, float placeholderShare, float placeholderTextRoom, float beforeCaption,
               float afterFigure, float numberHang, float bulletHang, float aroundListLeadings,
               float beforeSourceLeadings) {

    /** The spacing for a body set with an em of {@code em} points. */
    static Spacing of(float em) {
        return new Spacing(
                em * 0.35f,
                em * 0.5f,
                0.92f,
                em * 0.7f,
                em * 0.2f,
                em * 0.2f,
                em * 1.2f,
                em * 1.2f,
                0.5f,
                0.9f,
                0.25f,
                em * 0.8f,
                em,
                em * 0.5f,
                em * 1.5f,
                1 / 8f,
                em * 0.6f,
                0.75f,
                0.5f,
                0.3f,
                16,
                em * 0.25f,
                em * 0.7f,
                em * 1.8f,
                em * 1.2f,
                0.3f,
                0.25f);
    }
}

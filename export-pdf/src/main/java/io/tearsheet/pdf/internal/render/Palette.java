package io.tearsheet.pdf.internal.render;

import io.tearsheet.pdf.internal.text.TextStyle;

/** The colours of a page, 0xRRGGBB, named for what they are used for. */
final class Palette {
    /** Running text, headlines and headings. */
    static final int INK = TextStyle.BLACK;
    /** The kicker, a sidebar's label and rule, a pull quote's rules. */
    static final int ACCENT = 0x9B1B1B;
    /** Secondary text: dateline line, series line, byline roles, credits, page references, running heads. */
    static final int GREY = 0x555555;
    /** The standfirst. */
    static final int DECK = 0x333333;
    /** The description set inside the frame of a picture that is not available. */
    static final int ALT_TEXT = 0x4A463F;
    /** The heavy rule under the headline block. */
    static final int HEADER_RULE = 0x222222;
    /** The rules around set-apart sections and above "Sources quoted". */
    static final int BOX_RULE = 0x444444;
    /** A divider between parts of the text. */
    static final int DIVIDER = 0x666666;
    /** The rule under a running head. */
    static final int RUNNING_HEAD_RULE = 0x777777;
    /** The tint inside a missing picture's frame. */
    static final int FRAME_FILL = 0xEDEAE4;
    /** The line of a missing picture's frame. */
    static final int FRAME_STROKE = 0x9A948A;

    private Palette() {
    }
}

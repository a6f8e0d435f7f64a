package io.tearsheet.read.internal;

import java.util.List;

/**
 * How a page's text sets each unit on the line: the spaces before its first line, and whether that line is centred.
 * A text browser shows a page's structure this way and no other: {@code lynx -dump} indents paragraphs by three
 * spaces, centres the main heading, sets the next heading level at the margin and list items further in.
 */
record Layout(int[] indents, boolean[] centred) {
    /** How far a centred line's two margins may differ, in characters: the browser rounds, and trailing spaces go. */
    private static final int CENTRING_SLACK = 2;

    static Layout of(List<PageUnit> units, List<Line> lines) {
        int width = 0;
        for (Line line : lines) {
            width = Math.max(width, visibleLength(line.raw()));
        }
        int[] indents = new int[units.size()];
        boolean[] centred = new boolean[units.size()];
        for (int i = 0; i < indents.length; i++) {
            String raw = lines.get(units.get(i).first()).raw();
            int indent = 0;
            while (indent < raw.length() && raw.charAt(indent) == ' ') {
                indent++;
            }
            indents[i] = indent;
            int right = width - visibleLength(raw);
            centred[i] = indent > 0 && Math.abs(indent - right) <= CENTRING_SLACK;
        }
        return new Layout(indents, centred);
    }

    /** The length of a line without the spaces after its last character. */
    private static int visibleLength(String raw) {
        int end = raw.length();
        while (end > 0 && raw.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }

    /**
     * Whether unit {@code i} stands apart from paragraphs indented as unit {@code paragraph} is: the page indents its
     * paragraphs, and sets this unit left of them or centres it (a list item, further in, is not apart).
     */
    boolean setApart(int i, int paragraph) {
        int paragraphs = indents[paragraph];
        return paragraphs > 0 && (indents[i] < paragraphs || indents[i] > paragraphs && centred[i]);
    }
}

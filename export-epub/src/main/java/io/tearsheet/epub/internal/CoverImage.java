package io.tearsheet.epub.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code cover.svg}, the cover image reading systems show in their libraries: the title set large on a
 * paper-coloured ground inside a rule, the kicker above it and the authors and imprint below. SVG is text, so the
 * cover needs no image library and stays byte-for-byte reproducible; it names system serif fonts only.
 *
 * <p>SVG has no line breaking, so the title is broken here by an estimate of its width (wide East Asian
 * characters count double), with a smaller size for long titles and an ellipsis past six lines.
 *
 * @param kicker  the label above the title, or null
 * @param title   the title, cleaned and not blank
 * @param authors the authors' line, or null
 * @param imprint the publisher or date line, or null
 */
record CoverImage(String kicker, String title, String authors, String imprint) {
    static final String FILE = "cover.svg";
    static final String ID = "cover-image";
    static final String MEDIA_TYPE = "image/svg+xml";

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 1600;
    private static final int TEXT_WIDTH = 920;
    private static final int MAX_LINES = 6;
    private static final String SERIF = "Georgia, 'Liberation Serif', 'DejaVu Serif', 'Times New Roman', serif";
    private static final String SANS = "'Liberation Sans', 'DejaVu Sans', Helvetica, Arial, sans-serif";

    /** What the cover shows, in words: its alternative text. */
    String description() {
        return "Cover: " + title + (authors == null ? "" : ", by " + authors);
    }

    /** The manifest entry: not read in order, marked as the cover image. */
    static ManifestItem manifestItem() {
        return new ManifestItem(ID, FILE, MEDIA_TYPE, "cover-image", false);
    }

    void write(XmlWriter out) {
        int size = title.codePointCount(0, title.length()) > 80 ? 64 : title.codePointCount(0, title.length()) > 40
                ? 80 : 96;
        List<String> lines = lines(title, (int) (TEXT_WIDTH / (size * 0.52)));
        out.declaration();
        out.start("svg", "xmlns", "http://www.w3.org/2000/svg", "version", "1.1",
                "width", Integer.toString(WIDTH), "height", Integer.toString(HEIGHT),
                "viewBox", "0 0 " + WIDTH + " " + HEIGHT).newline();
        out.element("title", title).newline();
        out.empty("rect", "width", Integer.toString(WIDTH), "height", Integer.toString(HEIGHT), "fill", "#f4f2ee")
                .newline();
        out.empty("rect", "x", "70", "y", "70", "width", Integer.toString(WIDTH - 140),
                "height", Integer.toString(HEIGHT - 140), "fill", "none", "stroke", "#8c2f1b", "stroke-width", "4")
                .newline();
        int y = 450;
        if (kicker != null) {
            out.element("text", kicker, "x", "600", "y", "300", "text-anchor", "middle", "font-family", SANS,
                    "font-size", "34", "font-weight", "bold", "letter-spacing", "5", "fill", "#8c2f1b").newline();
        }
        out.start("text", "text-anchor", "middle", "font-family", SERIF, "font-size", Integer.toString(size),
                "font-weight", "bold", "fill", "#1a1a1a").newline();
        for (String line : lines) {
            out.element("tspan", line, "x", "600", "y", Integer.toString(y)).newline();
            y += (int) (size * 1.18);
        }
        out.endLine();
        out.empty("rect", "x", "520", "y", Integer.toString(y + 20), "width", "160", "height", "3",
                "fill", "#8c2f1b").newline();
        if (authors != null) {
            out.element("text", authors, "x", "600", "y", Integer.toString(y + 120), "text-anchor", "middle",
                    "font-family", SERIF, "font-size", "44", "font-style", "italic", "fill", "#3d3d3d").newline();
        }
        if (imprint != null) {
            out.element("text", imprint, "x", "600", "y", "1440", "text-anchor", "middle", "font-family", SERIF,
                    "font-size", "36", "fill", "#5c5c5c").newline();
        }
        out.endLine();
    }

    /** {@code text} broken at spaces into lines of at most about {@code columns} narrow characters. */
    static List<String> lines(String text, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int width = 0;
        for (String word : text.strip().split("\\s+")) {
            int wordWidth = width(word);
            if (width > 0 && width + 1 + wordWidth > columns) {
                lines.add(line.toString());
                line.setLength(0);
                width = 0;
            }
            while (wordWidth > columns) {
                // a word longer than the line, as unspaced scripts have: cut it where the width runs out
                int cut = cutAt(word, columns - width);
                line.append(word, 0, cut);
                lines.add(line.toString());
                line.setLength(0);
                width = 0;
                word = word.substring(cut);
                wordWidth = width(word);
            }
            if (width > 0) {
                line.append(' ');
                width++;
            }
            line.append(word);
            width += wordWidth;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > MAX_LINES) {
            List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES));
            kept.set(MAX_LINES - 1, kept.get(MAX_LINES - 1) + " …");
            return kept;
        }
        return lines;
    }

    private static int cutAt(String word, int columns) {
        int width = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            int w = isWide(cp) ? 2 : 1;
            if (width + w > Math.max(columns, 1) && i > 0) {
                break;
            }
            width += w;
            i += Character.charCount(cp);
        }
        return i;
    }

    private static int width(String word) {
        return word.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    /** East Asian wide and full-width characters, roughly: they take about two Latin letters' room. */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}

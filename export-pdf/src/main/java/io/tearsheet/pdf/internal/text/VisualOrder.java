package io.tearsheet.pdf.internal.text;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a line with right-to-left text (Hebrew, Arabic) into visual order with the Unicode bidirectional
 * algorithm, as PDF content expects: glyphs are drawn, and stored, left to right as seen, and text extraction
 * turns them back into logical order. Lines that are all left-to-right are returned unchanged. Shaped runs
 * (Arabic joined by {@link io.tearsheet.pdf.internal.font.Shaper}) arrive with their glyphs in visual order
 * already and move as one piece.
 */
final class VisualOrder {
    private VisualOrder() {
    }

    static List<Glyphs> of(List<Glyphs> logical) {
        return of(logical, false);
    }

    /**
     * The line in visual order, laid out from the first glyph's position.
     *
     * @param rightToLeft whether the paragraph runs right to left (its base direction)
     */
    static List<Glyphs> of(List<Glyphs> logical, boolean rightToLeft) {
        if (logical.isEmpty()) {
            return logical;
        }
        StringBuilder text = new StringBuilder();
        for (Glyphs g : logical) {
            text.append(g.text());
        }
        char[] chars = text.toString().toCharArray();
        if (!rightToLeft && !Bidi.requiresBidi(chars, 0, chars.length)) {
            return logical;
        }
        Bidi bidi = new Bidi(text.toString(), rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return logical;
        }
        List<Unit> units = new ArrayList<>();
        int charIndex = 0;
        for (int r = 0; r < logical.size(); r++) {
            Glyphs g = logical.get(r);
            float next = r + 1 < logical.size() ? logical.get(r + 1).x() : g.x() + g.width();
            float x = g.x();
            String s = g.text();
            if (g.isShaped()) {
                // shaping already put the glyphs in visual order: the run moves as a whole
                units.add(new Unit(g, s, g.width(), slot(g.width(), next - x), bidi.getLevelAt(charIndex),
                        g.plainStart()));
                charIndex += s.length();
                continue;
            }
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                int n = Character.charCount(cp);
                float width = g.font().advance(cp) * g.size() / 1000f + g.tracking();
                boolean last = i + n >= s.length();
                float slot = last ? slot(width, next - x) : width;
                units.add(new Unit(g, s.substring(i, i + n), width, slot, bidi.getLevelAt(charIndex),
                        i == 0 ? g.plainStart() : -1));
                x += width;
                i += n;
                charIndex += n;
            }
        }
        Unit[] order = units.toArray(new Unit[0]);
        byte[] levels = new byte[order.length];
        for (int i = 0; i < order.length; i++) {
            levels[i] = (byte) order[i].level;
        }
        Bidi.reorderVisually(levels, 0, order, 0, order.length);
        List<Glyphs> visual = new ArrayList<>(order.length);
        float x = logical.get(0).x();
        for (Unit unit : order) {
            Glyphs g = unit.source;
            visual.add(new Glyphs(x, g.font(), g.size(), g.rgb(), unit.text, unit.width, g.link(), g.href(),
                    unit.plainStart, g.actualText(), g.isShaped() ? 0 : g.tracking(), g.shaped()));
            x += unit.slot;
        }
        return visual;
    }

    /**
     * The room a run's last glyph takes: up to where the next run starts, which is less than its own width where
     * justification shrank the space it is (or ends with), and more where it stretched it.
     */
    private static float slot(float width, float toNext) {
        return toNext > 0 ? toNext : width;
    }

    private record Unit(Glyphs source, String text, float width, float slot, int level, int plainStart) {
    }
}

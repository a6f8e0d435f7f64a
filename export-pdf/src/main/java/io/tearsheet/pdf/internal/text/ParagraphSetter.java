package io.tearsheet.pdf.internal.text;

import io.tearsheet.export.ScriptLanguages;
import io.tearsheet.pdf.internal.font.FontRun;
import io.tearsheet.pdf.internal.font.FontSet;
import io.tearsheet.pdf.internal.font.LoadedFont;
import io.tearsheet.pdf.internal.font.ShapedText;
import io.tearsheet.pdf.internal.font.Shaper;
import io.tearsheet.pdf.internal.hyphenation.Hyphenator;
import io.tearsheet.pdf.internal.layout.Box;
import io.tearsheet.pdf.internal.layout.Glue;
import io.tearsheet.pdf.internal.layout.Item;
import io.tearsheet.pdf.internal.layout.Line;
import io.tearsheet.pdf.internal.layout.LineBreaker;
import io.tearsheet.pdf.internal.layout.Penalty;
import io.tearsheet.pdf.internal.tagging.StructNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets a paragraph's spans into lines: splits them into words, finds hyphenation points and other break
 * opportunities, measures everything with the fallback fonts, asks the {@link LineBreaker} for the best breaks
 * and positions the glyphs. Justified text tries, in order: no hyphenation with tight spacing, hyphenation,
 * looser spacing, and finally first-fit breaking (for text that cannot be justified at all, like one long URL).
 * One export's; not thread-safe.
 */
public final class ParagraphSetter implements LineSetter {
    private static final double HYPHEN_PENALTY = 50;
    private static final double EXPLICIT_BREAK_PENALTY = 30;
    private static final double EMERGENCY_PENALTY = 5000;
    private static final LineBreaker STRICT = LineBreaker.builder().tolerance(1).build();
    private static final LineBreaker NORMAL = LineBreaker.builder().tolerance(2).build();
    private static final LineBreaker LOOSE = LineBreaker.builder().tolerance(6).build();

    private final FontSet fonts;
    private final Hyphenator hyphenator;
    private final ScriptBreaks scriptBreaks = new ScriptBreaks();

    public ParagraphSetter(FontSet fonts, Hyphenator hyphenator) {
        this.fonts = fonts;
        this.hyphenator = hyphenator;
    }

    @Override
    public List<TypesetLine> set(List<Span> spans, float width, Alignment alignment, float firstIndent)
            throws IOException {
        Builder builder = new Builder(width, alignment == Alignment.JUSTIFIED);
        StringBuilder all = new StringBuilder();
        for (Span span : spans) {
            all.append(span.text());
        }
        builder.rightToLeft = hasRightToLeftLetters(all)
                && ScriptLanguages.of(all.toString()).map(ScriptLanguages::isRightToLeft).orElse(false);
        if (firstIndent > 0) {
            builder.add(new Box(firstIndent), null);
        }
        tokenize(spans, builder);
        if (!builder.hasText) {
            return List.of();
        }
        builder.end();
        List<Line> lines;
        if (alignment == Alignment.JUSTIFIED) {
            lines = STRICT.optimalBreaks(builder.withoutHyphenation(), width);
            if (lines.isEmpty()) {
                lines = NORMAL.optimalBreaks(builder.items, width);
            }
            if (lines.isEmpty()) {
                lines = LOOSE.optimalBreaks(builder.items, width);
            }
            if (lines.isEmpty()) {
                lines = LineBreaker.firstFit(builder.items, width);
            }
        } else {
            lines = LineBreaker.firstFit(builder.withoutHyphenation(), width);
        }
        List<TypesetLine> result = new ArrayList<>(lines.size());
        for (Line line : lines) {
            result.add(position(builder, line, width, alignment));
        }
        return result;
    }

    private TypesetLine position(Builder builder, Line line, float width, Alignment alignment) {
        Line effective = alignment == Alignment.JUSTIFIED ? line : new Line(line.start(), line.end(), 0);
        float tracking = alignment == Alignment.JUSTIFIED ? tracking(builder, line) : 0;
        if (tracking > 0) {
            effective = new Line(line.start(), line.end(), line.ratio() - tracking * glyphCount(builder, line)
                    / stretch(builder, line));
        }
        List<Glyphs> glyphs = new ArrayList<>();
        float x = 0;
        float ascent = 0;
        float leading = 0;
        for (int i = line.start(); i < line.end(); i++) {
            Item item = builder.items.get(i);
            Object payload = builder.payloads.get(i);
            if (item instanceof Box box) {
                if (payload instanceof Piece piece) {
                    for (Proto proto : piece.protos) {
                        Glyphs g = proto.at(x);
                        if (tracking > 0) {
                            g = g.tracked(tracking);
                        }
                        glyphs.add(g);
                        ascent = Math.max(ascent, proto.font.ascent() * proto.size / 1000f);
                        leading = Math.max(leading, proto.leading);
                        x += g.width();
                    }
                } else {
                    x += (float) box.width();
                }
            } else if (item instanceof Glue glue) {
                if (payload instanceof Proto space && i + 1 < line.end()) {
                    glyphs.add(space.at(x));
                }
                x += (float) effective.glueWidth(glue);
            }
        }
        if (builder.items.get(line.end()) instanceof Penalty penalty && penalty.width() > 0
                && builder.payloads.get(line.end()) instanceof Proto hyphen) {
            glyphs.add(hyphen.at(x));
            x += hyphen.width;
        }
        if (alignment == Alignment.CENTERED && x < width) {
            float shift = (width - x) / 2;
            List<Glyphs> shifted = new ArrayList<>(glyphs.size());
            for (Glyphs g : glyphs) {
                shifted.add(g.at(g.x() + shift));
            }
            glyphs = shifted;
        }
        int plainStart = -1;
        for (Glyphs g : glyphs) {
            if (g.plainStart() >= 0) {
                plainStart = g.plainStart();
                break;
            }
        }
        if (builder.rightToLeft && !glyphs.isEmpty()) {
            // a right-to-left paragraph starts at the right: its indent, and the slack of a short line, go left
            float indent = glyphs.get(0).x();
            List<Glyphs> visual = VisualOrder.of(glyphs, true);
            float right = 0;
            for (Glyphs g : visual) {
                right = Math.max(right, g.x() + g.width());
            }
            float shift = alignment == Alignment.CENTERED ? 0 : width - indent - right;
            List<Glyphs> shifted = new ArrayList<>(visual.size());
            for (Glyphs g : visual) {
                shifted.add(g.at(g.x() + shift));
            }
            return new TypesetLine(shifted, x, ascent, leading, plainStart);
        }
        return new TypesetLine(VisualOrder.of(glyphs), x, ascent, leading, plainStart);
    }

    /** The most letter-spacing, as a share of the type size, that a loose line may take. */
    private static final float MAX_TRACKING = 0.035f;

    /**
     * Letter-spacing for a justified line whose spaces would stretch beyond their comfortable maximum: the
     * excess is shared between the letters, up to {@link #MAX_TRACKING}, so that wide gaps (and rivers) are
     * avoided in narrow columns. Zero for lines at or below full stretch, and for the last line.
     */
    private static float tracking(Builder builder, Line line) {
        if (line.ratio() <= 1 || builder.items.get(line.end()) instanceof Penalty p && p.isForced()) {
            return 0;
        }
        double stretch = stretch(builder, line);
        int glyphs = glyphCount(builder, line);
        if (stretch <= 0 || glyphs == 0) {
            return 0;
        }
        double excess = (line.ratio() - 1) * stretch;
        float size = 0;
        for (int i = line.start(); i < line.end(); i++) {
            if (builder.payloads.get(i) instanceof Piece piece && !piece.protos.isEmpty()) {
                size = Math.max(size, piece.protos.get(0).size);
            }
        }
        return (float) Math.min(excess / glyphs, size * MAX_TRACKING);
    }

    private static double stretch(Builder builder, Line line) {
        double stretch = 0;
        for (int i = line.start(); i < line.end(); i++) {
            if (builder.items.get(i) instanceof Glue glue) {
                stretch += glue.stretch();
            }
        }
        return stretch;
    }

    private static int glyphCount(Builder builder, Line line) {
        int count = 0;
        for (int i = line.start(); i < line.end(); i++) {
            if (builder.payloads.get(i) instanceof Piece piece) {
                for (Proto proto : piece.protos) {
                    if (proto.shaped == null) {
                        count += proto.text.codePointCount(0, proto.text.length());
                    }
                }
            }
        }
        return count;
    }

    /** Splits spans into words at white space and turns each word into boxes and break opportunities. */
    private void tokenize(List<Span> spans, Builder builder) throws IOException {
        List<Part> word = new ArrayList<>();
        Span spaceStyle = null;
        for (Span span : spans) {
            String text = span.text();
            int partStart = 0;
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                int next = i + Character.charCount(cp);
                if (isSpace(cp)) {
                    if (i > partStart) {
                        word.add(new Part(span, text.substring(partStart, i), offset(span, text, partStart)));
                    }
                    if (!word.isEmpty()) {
                        addWord(word, builder);
                        word.clear();
                        spaceStyle = span;
                        builder.pendingSpace = spaceStyle;
                    }
                    partStart = next;
                }
                i = next;
            }
            if (partStart < text.length()) {
                word.add(new Part(span, text.substring(partStart), offset(span, text, partStart)));
            }
        }
        if (!word.isEmpty()) {
            addWord(word, builder);
        }
        builder.pendingSpace = null;
    }

    private static int offset(Span span, String text, int charIndex) {
        return span.plainStart() < 0 ? -1 : span.plainStart() + text.codePointCount(0, charIndex);
    }

    private static boolean isSpace(int cp) {
        if (cp == 0x00A0 || cp == 0x2007 || cp == 0x202F) {
            return false;
        }
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private void addWord(List<Part> parts, Builder builder) throws IOException {
        if (builder.pendingSpace != null && builder.hasText) {
            addSpace(builder.pendingSpace, parts.get(0), builder);
        }
        builder.pendingSpace = null;
        String word = text(parts);
        List<Integer> scriptBreaks = ScriptBreaks.needed(word) ? this.scriptBreaks.inside(word) : null;
        int offset = 0;
        for (Part part : parts) {
            List<Cut> cuts = new ArrayList<>();
            if (scriptBreaks == null) {
                breakOpportunities(part.text, cuts);
            } else {
                for (int at : scriptBreaks) {
                    if (at == offset && offset > 0 && builder.hasBox) {
                        addScriptBreak(part, builder, between(word, at) == Between.STRETCHABLE);
                    } else if (at > offset && at < offset + part.text.length()) {
                        cuts.add(new Cut(at - offset, false, 0, between(word, at)));
                    }
                }
            }
            int from = 0;
            for (int k = 0; k <= cuts.size(); k++) {
                int to = k < cuts.size() ? cuts.get(k).at() : part.text.length();
                if (to > from) {
                    addPiece(part, from, to, builder);
                }
                if (k < cuts.size()) {
                    Cut cut = cuts.get(k);
                    if (cut.between() != Between.WORDS) {
                        addScriptBreak(part, builder, cut.between() == Between.STRETCHABLE);
                    } else {
                        Proto hyphen = cut.hyphenate() ? proto(part, "-", -1) : null;
                        builder.add(cut.hyphenate() && hyphen != null
                                        ? Penalty.hyphen(hyphen.width, cut.cost())
                                        : new Penalty(0, cut.cost(), cut.hyphenate()),
                                hyphen);
                        builder.hyphenation.add(builder.items.size() - 1);
                    }
                }
                from = to;
            }
            offset += part.text.length();
        }
    }

    private static String text(List<Part> parts) {
        if (parts.size() == 1) {
            return parts.get(0).text;
        }
        StringBuilder word = new StringBuilder();
        for (Part part : parts) {
            word.append(part.text);
        }
        return word.toString();
    }

    /**
     * What a break at {@code at} inside a word with a script written without spaces is between; whether it may
     * stretch in justified text: between CJK characters, which are set on a grid
     * that justification spreads; not between Thai or other words written without spaces, where a gap would read
     * as a space.
     */
    private static Between between(String word, int at) {
        int before = word.codePointBefore(at);
        int after = word.codePointAt(at);
        return ScriptBreaks.isCjk(before) || ScriptBreaks.isCjk(after) ? Between.STRETCHABLE : Between.FIXED;
    }

    /**
     * A break between two characters of a script written without spaces: between CJK characters in justified
     * text, glue that may stretch a little, since such lines have no spaces to take up the slack (CJK typesetting
     * spreads the characters instead); else a free break.
     */
    private static void addScriptBreak(Part part, Builder builder, boolean stretchable) {
        if (builder.justify && stretchable) {
            builder.add(new Glue(0, part.span.style().size() * SCRIPT_STRETCH, 0), null);
        } else {
            builder.add(new Penalty(0, 0, false), null);
        }
    }

    /** How far, as a share of the type size, a break between CJK or Thai characters may stretch. */
    private static final float SCRIPT_STRETCH = 0.1f;

    /**
     * Where a word may break inside: hyphenation points in runs of Latin letters (a hyphen is added), after a
     * hyphen or dash or slash already there. Other scripts are never hyphenated.
     */
    private void breakOpportunities(String text, List<Cut> cuts) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isLetter(cp) && cp < 0x10000) {
                int end = i;
                boolean latin = true;
                while (end < text.length() && Character.isLetter(text.charAt(end))
                        && !Character.isSurrogate(text.charAt(end))) {
                    latin &= isLatin(text.charAt(end));
                    end++;
                }
                if (end - i >= 5 && latin && hyphenator.isActive()) {
                    for (int point : hyphenator.points(text.substring(i, end))) {
                        cuts.add(new Cut(i + point, true, HYPHEN_PENALTY, Between.WORDS));
                    }
                }
                i = Math.max(end, next);
                continue;
            }
            boolean more = next < text.length();
            if (more && (cp == '-' || cp == 0x2010) && i > 0) {
                cuts.add(new Cut(next, false, HYPHEN_PENALTY, Between.WORDS));
            } else if (more && (cp == 0x2014 || cp == 0x2013 || cp == '/')) {
                cuts.add(new Cut(next, false, EXPLICIT_BREAK_PENALTY, Between.WORDS));
            }
            i = next;
        }
    }

    private static boolean isLatin(char c) {
        return c < 0x0250 || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /**
     * A break opportunity inside a word.
     *
     * @param at             the char offset before which the line may break
     * @param hyphenate      whether a hyphen is added when it does
     * @param cost           the penalty for breaking there
     * @param between   what the break is between
     */
    private record Cut(int at, boolean hyphenate, double cost, Between between) {
    }

    /** What a break inside a word is between. */
    private enum Between {
        /** Parts of a word (hyphenation, after a hyphen, dash or slash). */
        WORDS,
        /** Characters of a script written without spaces that justification may spread (CJK). */
        STRETCHABLE,
        /** Words of a script written without spaces that are set close (Thai, Lao, Khmer, Myanmar). */
        FIXED
    }

    private void addPiece(Part part, int from, int to, Builder builder) throws IOException {
        String text = part.text.substring(from, to);
        int plain = part.plainStart < 0 ? -1 : part.plainStart + part.text.codePointCount(0, from);
        Piece piece = piece(part.span, text, plain);
        if (piece.protos.isEmpty()) {
            return;
        }
        if (piece.width > builder.width && text.codePointCount(0, text.length()) > 1) {
            // Wider than the line: let it break anywhere, at a high cost, rather than overflow.
            int i = 0;
            int offset = plain;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                String one = new String(Character.toChars(cp));
                Piece single = piece(part.span, one, offset);
                if (single.protos.isEmpty()) {
                    i += Character.charCount(cp);
                    continue;
                }
                if (i > 0) {
                    builder.add(new Penalty(0, EMERGENCY_PENALTY, false), null);
                }
                builder.add(new Box(single.width), single);
                i += Character.charCount(cp);
                offset = offset < 0 ? -1 : offset + 1;
            }
            return;
        }
        builder.add(new Box(piece.width), piece);
    }

    private Piece piece(Span span, String text, int plainStart) throws IOException {
        List<Proto> protos = new ArrayList<>();
        float width = 0;
        int offset = plainStart;
        for (FontRun run : fonts.runs(text, span.style().face())) {
            ShapedText shaped = run.actualText() == null && Shaper.needsShaping(run.text())
                    ? run.font().shape(run.text(), isRightToLeft(run.text())) : null;
            float w = shaped != null ? shaped.advance() * span.style().size() / 1000f
                    : run.font().width(run.text(), span.style().size());
            protos.add(new Proto(run.font(), span.style().size(), span.style().leading(), span.style().rgb(),
                    run.text(), w, span.link(), span.href(), offset, run.actualText(), shaped));
            width += w;
            offset = -1;
        }
        return new Piece(protos, width);
    }

    private Proto proto(Part part, String text, int plainStart) throws IOException {
        List<FontRun> runs = fonts.runs(text, part.span.style().face());
        if (runs.size() != 1) {
            return null;
        }
        FontRun run = runs.get(0);
        TextStyle style = part.span.style();
        return new Proto(run.font(), style.size(), style.leading(), style.rgb(), run.text(),
                run.font().width(run.text(), style.size()), part.span.link(), part.span.href(), plainStart, null,
                null);
    }

    private void addSpace(Span before, Part after, Builder builder) throws IOException {
        TextStyle style = before.style();
        LoadedFont font = fonts.face(style.face());
        float space = font.width(" ", style.size());
        StructNode link = before.link() != null && before.link() == after.span.link() ? before.link() : null;
        Proto proto = new Proto(font, style.size(), style.leading(), style.rgb(), " ", space, link,
                link == null ? null : before.href(), -1, null, null);
        if (builder.justify) {
            builder.add(new Glue(space, space * 0.6, space * 0.3), proto);
        } else {
            builder.add(new Glue(space, 0, 0), proto);
        }
    }

    /** A piece of a word in one span. */
    private record Part(Span span, String text, int plainStart) {
    }

    /** A box's content: glyph runs before they have a position. */
    private record Piece(List<Proto> protos, float width) {
    }

    /** A glyph run before it has a position. */
    private record Proto(LoadedFont font, float size, float leading, int rgb, String text, float width,
                         StructNode link, String href, int plainStart, String actualText, ShapedText shaped) {
        Glyphs at(float x) {
            return new Glyphs(x, font, size, rgb, text, width, link, href, plainStart, actualText, 0, shaped);
        }
    }

    /** Whether any character is of a right-to-left script's block or beyond: a quick test that spares most text. */
    private static boolean hasRightToLeftLetters(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x0590) {
                return true;
            }
        }
        return false;
    }

    /** Whether a run's first strongly directional character is right-to-left (Hebrew, Arabic…). */
    static boolean isRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            byte direction = Character.getDirectionality(cp);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
        }
        return false;
    }

    /** The items being built, with what each stands for. */
    private static final class Builder {
        final float width;
        final boolean justify;
        final List<Item> items = new ArrayList<>();
        final List<Object> payloads = new ArrayList<>();
        final List<Integer> hyphenation = new ArrayList<>();
        Span pendingSpace;
        /** Whether the paragraph is in a right-to-left script (Hebrew, Arabic), so its lines start at the right. */
        boolean rightToLeft;
        boolean hasBox;
        boolean hasText;
        boolean lastWasGlue;

        Builder(float width, boolean justify) {
            this.width = width;
            this.justify = justify;
        }

        void add(Item item, Object payload) {
            items.add(item);
            payloads.add(payload);
            if (item instanceof Box) {
                hasBox = true;
                hasText |= payload != null;
            }
            lastWasGlue = item instanceof Glue;
        }

        void end() {
            add(Glue.fill(), null);
            add(Penalty.forced(), null);
        }

        /** The items with hyphenation points forbidden, for a first pass that avoids hyphens. */
        List<Item> withoutHyphenation() {
            List<Item> copy = new ArrayList<>(items);
            for (int index : hyphenation) {
                if (copy.get(index) instanceof Penalty p && p.flagged() && p.width() > 0) {
                    copy.set(index, new Penalty(0, Penalty.FORBIDDEN, false));
                }
            }
            return copy;
        }
    }
}

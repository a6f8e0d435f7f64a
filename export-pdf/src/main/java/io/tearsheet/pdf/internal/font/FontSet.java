package io.tearsheet.pdf.internal.font;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fonts of one document and the fallback chain that picks, for each character, the font that draws it:
 * the style's own face, then the fonts the user registered, then the installed {@link WorldFonts} font for the
 * character's script (weight and family matched), then DejaVu Sans, then a world font for symbols, then a
 * visible placeholder (a white square). Combining marks, and symbols the style's own face lacks (a danda, CJK
 * punctuation), stay in the world font of the characters before them, so that a run shapes as one. Characters
 * that draw nothing (controls, unpaired surrogates, non-characters) are dropped. Every substitution and drop is
 * remembered for the {@link io.tearsheet.export.ExportReport}; drawing a script from the world font meant for it
 * is not a substitution.
 *
 * <p>Fonts are embedded only when first used. One instance per export; not thread-safe. {@link #close()}
 * returns the parsed fonts to the {@link FontPool}; call it after the document is saved and closed.
 */
public final class FontSet implements AutoCloseable {
    /** Drawn where no font has a glyph. */
    public static final int PLACEHOLDER = 0x25A1;

    private final PDDocument document;
    private final FontPool pool;
    private final List<FontProgram> userFonts;
    private final WorldFonts worldFonts;
    private final Map<WorldFonts.WorldFont, LoadedFont> world = new LinkedHashMap<>();
    private final java.util.Set<LoadedFont> fromWorld = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** The world fonts of right-to-left scripts. */
    private final java.util.Set<LoadedFont> rightToLeft = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Map<FontFace, LoadedFont> builtIn = new EnumMap<>(FontFace.class);
    private final Map<FontProgram, LoadedFont> user = new LinkedHashMap<>();
    private final List<Borrowed> borrowed = new ArrayList<>();
    private final Map<String, Integer> substitutions = new TreeMap<>();
    private final Map<String, Integer> dropped = new TreeMap<>();
    /** Characters no font draws, by script. */
    private final Map<String, ScriptNote> missing = new TreeMap<>();
    /** Characters drawn from another font than the style's own, by script and font. */
    private final Map<String, ScriptNote> fromOtherFonts = new TreeMap<>();

    /** The fonts of {@code document}, with the {@linkplain WorldFonts#installed() installed} world fonts. */
    public FontSet(PDDocument document, FontPool pool, List<FontProgram> userFonts) {
        this(document, pool, userFonts, WorldFonts.installed());
    }

    public FontSet(PDDocument document, FontPool pool, List<FontProgram> userFonts, WorldFonts worldFonts) {
        this.document = document;
        this.pool = pool;
        this.userFonts = List.copyOf(userFonts);
        this.worldFonts = worldFonts;
    }

    /** The loaded font of a built-in face, embedding it on first use. */
    public LoadedFont face(FontFace face) throws IOException {
        LoadedFont font = builtIn.get(face);
        if (font == null) {
            font = load(FontPool.builtIn(face));
            builtIn.put(face, font);
        }
        return font;
    }

    private LoadedFont user(FontProgram program) throws IOException {
        LoadedFont font = user.get(program);
        if (font == null) {
            font = load(program);
            user.put(program, font);
        }
        return font;
    }

    /** A world font, loaded on first use; null when its program cannot be read. */
    private LoadedFont world(WorldFonts.WorldFont font) throws IOException {
        if (world.containsKey(font)) {
            return world.get(font);
        }
        FontProgram program = font.program();
        LoadedFont loaded = program == null ? null : load(program);
        world.put(font, loaded);
        if (loaded != null) {
            fromWorld.add(loaded);
            if (font.isRightToLeft()) {
                rightToLeft.add(loaded);
            }
        }
        return loaded;
    }

    private LoadedFont load(FontProgram program) throws IOException {
        TrueTypeFont ttf = pool.borrow(program);
        borrowed.add(new Borrowed(program, ttf));
        GlyphMetrics metrics = pool.metrics(program, ttf);
        return new LoadedFont(program, new SubsetFont(document, ttf, pool.description(program, ttf), metrics), ttf,
                metrics);
    }

    private static final String PLACEHOLDER_TEXT = new String(Character.toChars(PLACEHOLDER));
    /** The Latin ligatures Unicode encodes as characters of their own: "ﬀ" … "ﬆ". */
    private static final int FIRST_LATIN_LIGATURE = 0xFB00;
    private static final int LAST_LATIN_LIGATURE = 0xFB06;

    /**
     * Splits {@code text} into runs, each drawn by one font; characters that draw nothing are left out.
     *
     * @param text the text, possibly with any code points at all
     * @param face the style's own face
     */
    public List<FontRun> runs(String text, FontFace face) throws IOException {
        List<FontRun> runs = new ArrayList<>();
        LoadedFont current = null;
        StringBuilder pending = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String drawnInstead = null; // what is drawn in the character's place, carrying it as ActualText
            LoadedFont font;
            if (isForbiddenInToUnicode(cp)) {
                // PDF/A and PDF/UA forbid these values in a font's ToUnicode map, even where a font has a glyph.
                dropped.merge(describe(cp), 1, Integer::sum);
                continue;
            } else if (isInvisible(cp)) {
                font = firstCovering(cp, face, false, current);
                if (font == null) {
                    dropped.merge(describe(cp), 1, Integer::sum);
                    continue;
                }
            } else if (Character.isSurrogate((char) cp)) {
                dropped.merge(describe(cp) + " (an unpaired surrogate)", 1, Integer::sum);
                continue;
            } else if (cp >= FIRST_LATIN_LIGATURE && cp <= LAST_LATIN_LIGATURE) {
                // "ﬁ" written as one character: fonts share its glyph with a private-use code, which PDF/A would
                // then find in the ToUnicode map; draw the letters and keep the character as the ActualText
                drawnInstead = java.text.Normalizer.normalize(new String(Character.toChars(cp)),
                        java.text.Normalizer.Form.NFKC);
                font = firstCovering(drawnInstead.codePointAt(0), face, true, current);
                if (font == null) {
                    font = fallback(face);
                }
            } else if (Character.getType(cp) == Character.PRIVATE_USE) {
                // PDF/A wants ActualText for private-use characters, which have no agreed meaning: show a placeholder.
                drawnInstead = PLACEHOLDER_TEXT;
                font = fallback(face);
                substitutions.merge(describe(cp) + " is a private-use character; drawn as a placeholder (□)", 1,
                        Integer::sum);
            } else {
                font = firstCovering(cp, face, true, current);
                if (font == null) {
                    drawnInstead = PLACEHOLDER_TEXT;
                    font = fallback(face);
                    missing.computeIfAbsent(scriptName(cp), k -> new ScriptNote()).add(cp);
                }
            }
            if (drawnInstead != null) {
                // A placeholder or a ligature's letters are a run of their own, carrying the character they stand for.
                if (pending.length() > 0) {
                    runs.add(new FontRun(current, pending.toString(), null));
                    pending.setLength(0);
                }
                runs.add(new FontRun(font, drawnInstead, new String(Character.toChars(cp))));
                current = null;
                continue;
            }
            if (font != current && pending.length() > 0) {
                runs.add(new FontRun(current, pending.toString(), null));
                pending.setLength(0);
            }
            current = font;
            pending.appendCodePoint(cp);
        }
        if (pending.length() > 0) {
            runs.add(new FontRun(current, pending.toString(), null));
        }
        return runs;
    }

    /**
     * The font that draws {@code cp}, or null for none.
     *
     * @param current the font of the character before, in the same run, or null
     */
    private LoadedFont firstCovering(int cp, FontFace face, boolean report, LoadedFont current) throws IOException {
        LoadedFont own = face(face);
        boolean inWorldRun = current != null && !fromWorld.isEmpty() && fromWorld.contains(current);
        boolean owned = own.covers(cp);
        if (owned && !inWorldRun) {
            return own;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (inWorldRun && script == Character.UnicodeScript.INHERITED && current.covers(cp)) {
            // a mark or joiner stays with its base, or shaping would see them apart
            return current;
        }
        if (inWorldRun && script == Character.UnicodeScript.COMMON && (!owned || !rightToLeft.contains(current))
                && current.covers(cp)) {
            // punctuation and digits in a left-to-right run stay in it, so that it shapes and extracts as one; in a
            // right-to-left run they take the style's own face, as their direction is the bidi algorithm's to set
            return current;
        }
        if (owned) {
            return own;
        }
        for (FontProgram program : userFonts) {
            LoadedFont font = user(program);
            if (font.covers(cp)) {
                if (report) {
                    borrowedFrom(cp, font, own);
                }
                return font;
            }
        }
        if (worldFonts.isEmpty()) {
            return fallbackCovering(cp, face, report, own);
        }
        if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
            WorldFonts.WorldFont meant = worldFonts.best(script, face);
            LoadedFont font = meant == null ? null : world(meant);
            if (font != null && font.covers(cp)) {
                return font;
            }
        }
        LoadedFont fallback = fallbackCovering(cp, face, report, own);
        if (fallback != null) {
            return fallback;
        }
        for (WorldFonts.WorldFont symbols : worldFonts.forSymbols(face)) {
            LoadedFont font = world(symbols);
            if (font != null && font.covers(cp)) {
                return font;
            }
        }
        return null;
    }

    private LoadedFont fallbackCovering(int cp, FontFace face, boolean report, LoadedFont own) throws IOException {
        LoadedFont fallback = fallback(face);
        if (fallback.covers(cp)) {
            if (report) {
                borrowedFrom(cp, fallback, own);
            }
            return fallback;
        }
        return null;
    }

    private LoadedFont fallback(FontFace face) throws IOException {
        boolean bold = face == FontFace.SERIF_BOLD || face == FontFace.SERIF_BOLD_ITALIC
                || face == FontFace.SANS_BOLD || face == FontFace.SANS_BOLD_ITALIC;
        return face(bold ? FontFace.FALLBACK_BOLD : FontFace.FALLBACK);
    }

    /**
     * Characters that print nothing by themselves: controls, format characters (joiners, direction marks),
     * variation selectors and non-characters. They are kept when a font maps them, dropped otherwise.
     */
    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED && (cp & 0xFFFE) == 0xFFFE
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0xFDD0 && cp <= 0xFDEF)
                || (cp & 0xFFFE) == 0xFFFE;
    }

    /** U+0000, the byte-order mark U+FEFF and the non-characters U+FFFE and U+FFFF (ISO 19005-3 6.2.11.7.2). */
    private static boolean isForbiddenInToUnicode(int cp) {
        return cp == 0 || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF;
    }

    private void borrowedFrom(int cp, LoadedFont font, LoadedFont own) {
        fromOtherFonts.computeIfAbsent(scriptName(cp) + "\u0000" + font.name() + "\u0000" + own.name(),
                k -> new ScriptNote()).add(cp);
    }

    /** The script of a character, as a report names it: "Han", "Linear B"; "symbols" for shared characters. */
    static String scriptName(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.INHERITED) {
            return "combining marks";
        }
        if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.UNKNOWN) {
            return "symbols";
        }
        String name = script.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return out.toString();
    }

    private static String describe(int cp) {
        return String.format(java.util.Locale.ROOT, "U+%04X", cp);
    }

    /** How many characters have been substituted or dropped so far, counting repeats. */
    public int changes() {
        int total = 0;
        for (ScriptNote note : missing.values()) {
            total += note.count;
        }
        for (ScriptNote note : fromOtherFonts.values()) {
            total += note.count;
        }
        for (int count : substitutions.values()) {
            total += count;
        }
        for (int count : dropped.values()) {
            total += count;
        }
        return total;
    }

    /**
     * One sentence per kind of substitution or drop, in a stable order: one per script that no font draws
     * ("23 characters in Tibetan have no font; drawn as placeholders (□): U+0F40, U+0F42, U+0F44…"), one per
     * script and font borrowed from, then the rest.
     */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        missing.forEach((script, note) -> warnings.add(note.count + (note.count == 1 ? " character" : " characters")
                + " in " + script + (note.count == 1 ? " has" : " have") + " no font; drawn as "
                + (note.count == 1 ? "a placeholder" : "placeholders") + " (□): " + note.examples()));
        fromOtherFonts.forEach((key, note) -> {
            String[] parts = key.split("\u0000");
            warnings.add(note.count + (note.count == 1 ? " character" : " characters") + " in " + parts[0]
                    + " drawn from " + parts[1] + " (not in " + parts[2] + "): " + note.examples());
        });
        substitutions.forEach((what, count) -> warnings.add(count + " × " + what));
        dropped.forEach((what, count) -> warnings.add("dropped " + count + " × " + what
                + ", which no font draws"));
        return warnings;
    }

    /**
     * Embeds the subsets of every font used, each with the text of every glyph drawn (shaped forms and
     * ligatures included). Done once, when every page is drawn.
     */
    public void subsetAll() throws IOException {
        List<LoadedFont> all = new ArrayList<>(builtIn.values());
        all.addAll(user.values());
        for (LoadedFont font : world.values()) {
            if (font != null) {
                all.add(font);
            }
        }
        for (LoadedFont font : all) {
            if (font.isUsed()) {
                font.subset(ToUnicode.stream(document, font.usedGlyphText()));
            }
        }
    }

    /** Returns the parsed fonts to the pool; the document must be closed first. */
    @Override
    public void close() {
        for (Borrowed b : borrowed) {
            pool.release(b.program, b.font);
        }
        borrowed.clear();
    }

    private record Borrowed(FontProgram program, TrueTypeFont font) {
    }

    /** How many characters of one kind, and the first few distinct ones, for a report. */
    private static final class ScriptNote {
        private static final int EXAMPLES = 3;
        private final java.util.Set<Integer> distinct = new java.util.LinkedHashSet<>();
        private int count;

        void add(int cp) {
            count++;
            if (distinct.size() <= EXAMPLES) {
                distinct.add(cp);
            }
        }

        String examples() {
            StringBuilder out = new StringBuilder();
            int shown = 0;
            for (int cp : distinct) {
                if (shown == EXAMPLES) {
                    return out.append('…').toString();
                }
                out.append(shown++ == 0 ? "" : ", ").append(describe(cp));
            }
            return out.toString();
        }
    }
}

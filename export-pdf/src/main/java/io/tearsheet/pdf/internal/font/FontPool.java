package io.tearsheet.pdf.internal.font;

import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Parsed fonts shared between exports. A parsed {@link TrueTypeFont} reads its tables lazily and is not
 * thread-safe, so each export borrows instances for its own use and returns them when its document is closed;
 * parsing happens only when every pooled instance is in use. The pool is bounded by the number of exports
 * that ran at the same time.
 */
public final class FontPool {
    /** The pool every exporter shares. */
    public static final FontPool SHARED = new FontPool();

    private static final Map<FontFace, FontProgram> BUILT_IN = new EnumMap<>(FontFace.class);

    private final Map<FontProgram, Queue<TrueTypeFont>> idle = new ConcurrentHashMap<>();
    private final Map<FontProgram, FontDescription> descriptions = new ConcurrentHashMap<>();
    private final Map<FontProgram, GlyphMetrics> metrics = new ConcurrentHashMap<>();

    private FontPool() {
    }

    /** The program of a font shipped with the exporter, read from the class path once. */
    public static FontProgram builtIn(FontFace face) {
        synchronized (BUILT_IN) {
            return BUILT_IN.computeIfAbsent(face, FontPool::read);
        }
    }

    private static FontProgram read(FontFace face) {
        try (InputStream in = FontPool.class.getResourceAsStream(face.resource())) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + face.resource());
            }
            String file = face.resource().substring(face.resource().lastIndexOf('/') + 1);
            return new FontProgram(file.substring(0, file.lastIndexOf('.')), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + face.resource(), e);
        }
    }

    /**
     * A parsed font for exclusive use until {@link #release}; GSUB is off, since glyph substitution costs
     * an order of magnitude in time and the text is set glyph by glyph anyway.
     *
     * @throws IOException when the program is not a TrueType or OpenType font
     */
    TrueTypeFont borrow(FontProgram program) throws IOException {
        TrueTypeFont font = idle.computeIfAbsent(program, p -> new ConcurrentLinkedQueue<>()).poll();
        return font != null ? font : parse(program);
    }

    /** The description of a program for its PDF font descriptor, read from {@code font} (a parse of it) once. */
    FontDescription description(FontProgram program, TrueTypeFont font) throws IOException {
        FontDescription known = descriptions.get(program);
        if (known == null) {
            known = FontDescription.of(font);
            descriptions.put(program, known);
        }
        return known;
    }

    /** The character map and widths of a program, read from {@code font} (a parse of it) once. */
    GlyphMetrics metrics(FontProgram program, TrueTypeFont font) throws IOException {
        GlyphMetrics known = metrics.get(program);
        if (known == null) {
            known = GlyphMetrics.of(font, font.getUnicodeCmapLookup());
            metrics.put(program, known);
        }
        return known;
    }

    /** Gives a font back after the document that used it is closed. */
    void release(FontProgram program, TrueTypeFont font) {
        idle.computeIfAbsent(program, p -> new ConcurrentLinkedQueue<>()).add(font);
    }

    private static TrueTypeFont parse(FontProgram program) throws IOException {
        byte[] bytes = program.bytes();
        boolean openType = bytes.length > 4 && bytes[0] == 'O' && bytes[1] == 'T' && bytes[2] == 'T' && bytes[3] == 'O';
        TrueTypeFont font = openType
                ? new OTFParser().parse(new RandomAccessReadBuffer(bytes))
                : new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        font.setEnableGsub(false);
        return font;
    }
}

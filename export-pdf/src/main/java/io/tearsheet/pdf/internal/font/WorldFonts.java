package io.tearsheet.pdf.internal.font;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fonts for the scripts the shipped faces lack (Arabic, Indic, Thai, CJK, emoji…), found on the class path:
 * every {@value #DESCRIPTOR} lists fonts, one a line, tab-separated: class-path resource, the scripts it serves
 * ({@link Character.UnicodeScript} names; {@code COMMON} for symbols no other font draws), family ({@code serif}
 * or {@code sans}), weight ({@code regular} or {@code bold}), style ({@code upright} or {@code italic}), licence,
 * package and SHA-256. The optional module {@code tearsheet-fonts-world} ships one. Without any, the exporter
 * draws those scripts as placeholders and says so. Immutable and thread-safe; font programs are read on first use.
 */
public final class WorldFonts {
    /** Where font packs describe their fonts. */
    public static final String DESCRIPTOR = "META-INF/tearsheet/fonts.tsv";
    /** No fonts at all: the exporter's behaviour without a font pack. */
    public static final WorldFonts NONE = new WorldFonts(List.of());

    private final List<WorldFont> fonts;

    private WorldFonts(List<WorldFont> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    /** The fonts on the exporter's class path, read once. */
    public static WorldFonts installed() {
        return Installed.FONTS;
    }

    /** The fonts every descriptor visible to {@code loader} lists. */
    static WorldFonts read(ClassLoader loader) {
        List<WorldFont> fonts = new ArrayList<>();
        try {
            Enumeration<URL> descriptors = loader.getResources(DESCRIPTOR);
            for (URL descriptor : Collections.list(descriptors)) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(descriptor.openStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        WorldFont font = WorldFont.parse(line, loader);
                        if (font != null) {
                            fonts.add(font);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font descriptors " + DESCRIPTOR, e);
        }
        return new WorldFonts(fonts);
    }

    /** Whether no font is installed. */
    public boolean isEmpty() {
        return fonts.isEmpty();
    }

    /** The fonts, in the order the descriptors list them. */
    public List<WorldFont> fonts() {
        return fonts;
    }

    /**
     * The font serving {@code script} that suits {@code face} best: same weight first, then same family (serif or
     * sans), then same style; null when none serves the script.
     */
    WorldFont best(Character.UnicodeScript script, FontFace face) {
        WorldFont best = null;
        int bestScore = -1;
        for (WorldFont font : fonts) {
            if (font.scripts().contains(script)) {
                int score = font.suitability(face);
                if (score > bestScore) {
                    best = font;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /** The fonts serving symbols ({@code COMMON}), best suited to {@code face} first within each weight. */
    List<WorldFont> forSymbols(FontFace face) {
        List<WorldFont> symbols = new ArrayList<>();
        for (WorldFont font : fonts) {
            if (font.scripts().contains(Character.UnicodeScript.COMMON)) {
                symbols.add(font);
            }
        }
        symbols.sort((a, b) -> Integer.compare(b.suitability(face), a.suitability(face)));
        return symbols;
    }

    /** One font a descriptor lists. */
    public static final class WorldFont {
        private final String resource;
        private final Set<Character.UnicodeScript> scripts;
        private final boolean serif;
        private final boolean bold;
        private final boolean italic;
        private final String sha256;
        private final ClassLoader loader;
        private FontProgram program;
        private boolean read;

        private WorldFont(String resource, Set<Character.UnicodeScript> scripts, boolean serif, boolean bold,
                          boolean italic, String sha256, ClassLoader loader) {
            this.resource = resource;
            this.scripts = Collections.unmodifiableSet(scripts);
            this.serif = serif;
            this.bold = bold;
            this.italic = italic;
            this.sha256 = sha256;
            this.loader = loader;
        }

        /** A descriptor line as a font, or null for a comment, a blank line or a line naming no known script. */
        static WorldFont parse(String line, ClassLoader loader) {
            if (line.isBlank() || line.startsWith("#")) {
                return null;
            }
            String[] fields = line.split("\t");
            if (fields.length < 8) {
                return null;
            }
            Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
            for (String name : fields[1].split(",")) {
                try {
                    scripts.add(Character.UnicodeScript.valueOf(name.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException unknown) {
                    // a script a newer JDK knows: this one cannot tell its characters anyway
                }
            }
            if (scripts.isEmpty()) {
                return null;
            }
            return new WorldFont(fields[0], scripts, fields[2].equals("serif"), fields[3].equals("bold"),
                    fields[4].equals("italic"), fields[7].trim(), loader);
        }

        /** The class-path resource of the font file. */
        public String resource() {
            return resource;
        }

        /** The scripts the font serves. */
        public Set<Character.UnicodeScript> scripts() {
            return scripts;
        }

        /** Whether the font serves a right-to-left script (Arabic, Hebrew…). */
        boolean isRightToLeft() {
            for (Character.UnicodeScript script : scripts) {
                switch (script) {
                    case ARABIC, HEBREW, SYRIAC, THAANA, NKO, SAMARITAN, MANDAIC, ADLAM:
                        return true;
                    default:
                        break;
                }
            }
            return false;
        }

        /** How well the font suits {@code face}: weight counts most, then family, then style. */
        int suitability(FontFace face) {
            boolean faceBold = face.name().contains("BOLD");
            boolean faceItalic = face.name().contains("ITALIC");
            boolean faceSerif = face.name().startsWith("SERIF");
            return (bold == faceBold ? 4 : 0) + (serif == faceSerif ? 2 : 0) + (italic == faceItalic ? 1 : 0);
        }

        /**
         * The font's bytes, read on first use; null when the resource is missing or its digest is not the one
         * the descriptor records (a damaged jar), so that such a font is never embedded.
         */
        public synchronized FontProgram program() {
            if (!read) {
                read = true;
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in != null) {
                        String file = resource.substring(resource.lastIndexOf('/') + 1);
                        FontProgram candidate = new FontProgram(file.substring(0, file.lastIndexOf('.')),
                                in.readAllBytes());
                        program = candidate.sha256().equalsIgnoreCase(sha256) ? candidate : null;
                    }
                } catch (IOException e) {
                    program = null;
                }
            }
            return program;
        }

        @Override
        public String toString() {
            return resource;
        }
    }

    private static final class Installed {
        static final WorldFonts FONTS = read(WorldFonts.class.getClassLoader());
    }
}

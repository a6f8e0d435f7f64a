package io.tearsheet.io;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * File names made from untrusted text (a headline, an input file's name) that are safe on every common
 * file system: no separators, no {@code ..}, no control characters, no names Windows reserves
 * ({@code CON}, {@code NUL}, {@code COM1}), no leading dot, at most {@value #MAX_LENGTH} characters.
 *
 * @since 0.1.0
 */
public final class FileNames {
    /** The longest name {@link #slug(String)} and {@link #safeName(String)} return. */
    public static final int MAX_LENGTH = 80;

    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private FileNames() {
    }

    /**
     * A lower-case ASCII slug: "Making Room for the ‘Quiet Carriage’" becomes
     * {@code making-room-for-the-quiet-carriage}. Letters lose their accents; everything else that is not a
     * letter or digit becomes one hyphen. Returns {@code fallback} when nothing is left.
     */
    public static String slug(String text, String fallback) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < folded.length() && out.length() < MAX_LENGTH; i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && out.length() > 0) {
                    out.append('-');
                }
                hyphen = false;
                out.append(c);
            } else {
                hyphen = true;
            }
        }
        String slug = out.toString();
        if (slug.isEmpty()) {
            return fallback;
        }
        return RESERVED.contains(slug) ? slug + "-" : slug;
    }

    /** {@link #slug(String, String)} with {@code article} as the fallback. */
    public static String slug(String text) {
        return slug(text, "article");
    }

    /**
     * A safe file name that stays close to {@code name}: keeps letters of any script, digits, dots, hyphens and
     * underscores, replaces anything else with {@code _}, strips leading dots, and avoids reserved names.
     */
    public static String safeName(String name) {
        StringBuilder out = new StringBuilder();
        String normalized = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC);
        for (int i = 0; i < normalized.length() && out.length() < MAX_LENGTH; ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.') {
                out.appendCodePoint(cp);
            } else {
                out.append('_');
            }
        }
        String safe = out.toString().replaceAll("^[._]+", "").replaceAll("[. ]+$", "");
        if (safe.isEmpty()) {
            return "article";
        }
        String stem = safe.contains(".") ? safe.substring(0, safe.indexOf('.')) : safe;
        return RESERVED.contains(stem.toLowerCase(Locale.ROOT)) ? "_" + safe : safe;
    }

    /** The name of {@code input} without its last extension, made safe: {@code news/a.txt} gives {@code a}. */
    public static String stem(Path input) {
        Path fileName = input.getFileName();
        String name = fileName == null ? "" : fileName.toString();
        int dot = name.lastIndexOf('.');
        return safeName(dot > 0 ? name.substring(0, dot) : name);
    }

    /**
     * {@code directory.resolve(name)}, refusing any name that would land outside {@code directory}.
     *
     * @throws IllegalArgumentException when {@code name} is absolute or climbs out with {@code ..}
     */
    public static Path resolveInside(Path directory, String name) {
        Path base = directory.toAbsolutePath().normalize();
        Path target = base.resolve(name).normalize();
        if (!target.startsWith(base) || target.equals(base)) {
            throw new IllegalArgumentException("'" + name + "' would be written outside " + directory);
        }
        return target;
    }
}

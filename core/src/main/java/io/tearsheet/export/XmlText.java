package io.tearsheet.export;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Makes text safe for XML 1.0 documents (XHTML, OPF, XMP): drops the characters XML 1.0 forbids (C0 controls
 * other than tab, line feed and carriage return; U+FFFE and U+FFFF; unpaired surrogates) and escapes markup.
 * One instance serves one document and remembers what it dropped, so the exporter can report it.
 * Not thread-safe; make one per export.
 *
 * @since 0.1.0
 */
public final class XmlText {
    private final TreeMap<Integer, Integer> dropped = new TreeMap<>();

    /** Whether XML 1.0 allows this code point in a document. */
    public static boolean isAllowed(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    }

    /** {@code text} without the characters XML 1.0 forbids; each one dropped is remembered. */
    public String clean(String text) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            int cp = text.codePointAt(i);
            if (!isAllowed(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        if (i == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length);
        out.append(text, 0, i);
        while (i < length) {
            int cp = text.codePointAt(i);
            if (isAllowed(cp)) {
                out.appendCodePoint(cp);
            } else {
                dropped.merge(cp, 1, Integer::sum);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** {@code text} cleaned, with {@code & < > " '} escaped: safe in element content and attribute values. */
    public String escape(String text) {
        String clean = clean(text);
        StringBuilder out = null;
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(clean.length() + 16);
                out.append(clean, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? clean : out.toString();
    }

    /** One sentence per kind of character dropped so far, for an {@link ExportReport}; empty when none were. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        dropped.forEach((cp, count) -> warnings.add(String.format(java.util.Locale.ROOT,
                "dropped %d × U+%04X, a character XML 1.0 forbids", count, cp)));
        return warnings;
    }
}

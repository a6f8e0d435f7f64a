package io.tearsheet.html.internal;

import java.nio.charset.StandardCharsets;

/** Recognises common binary formats by their first bytes ("magic numbers"), to refuse them by name. */
final class BinarySignatures {
    private BinarySignatures() {
    }

    /** What binary format the input is, for a message ("a PNG image"), or null when it looks like none. */
    static String kindOf(byte[] bytes) {
        if (starts(bytes, "%PDF")) {
            return "a PDF document";
        }
        if (starts(bytes, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (starts(bytes, "GIF87a") || starts(bytes, "GIF89a")) {
            return "a GIF image";
        }
        if (starts(bytes, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (starts(bytes, 'P', 'K', 3, 4)) {
            return "a ZIP archive (or EPUB, DOCX)";
        }
        if (starts(bytes, 0x1F, 0x8B)) {
            return "gzip-compressed data";
        }
        if (starts(bytes, "RIFF") && bytes.length >= 12
                && new String(bytes, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return "a WebP image";
        }
        if (starts(bytes, 0x7F, 'E', 'L', 'F')) {
            return "an executable";
        }
        if (starts(bytes, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return "a Java class file";
        }
        if (starts(bytes, "%!PS")) {
            return "a PostScript document";
        }
        return null;
    }

    private static boolean starts(byte[] bytes, String prefix) {
        return starts(bytes, prefix.chars().toArray());
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

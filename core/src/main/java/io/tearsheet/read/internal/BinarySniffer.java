package io.tearsheet.read.internal;

import io.tearsheet.read.ReadException;

/**
 * Refuses input that is plainly not text: well-known file signatures (PDF, PNG, zip, …) and NUL bytes.
 * The share of control characters is checked after decoding, by {@link TextCleaner}.
 */
final class BinarySniffer {
    private static final Signature[] SIGNATURES = {
            new Signature("a PDF document", new int[] {'%', 'P', 'D', 'F', '-'}),
            new Signature("a PNG image", new int[] {0x89, 'P', 'N', 'G'}),
            new Signature("a JPEG image", new int[] {0xFF, 0xD8, 0xFF}),
            new Signature("a GIF image", new int[] {'G', 'I', 'F', '8'}),
            new Signature("a zip archive (or a DOCX, EPUB or ODT file)", new int[] {'P', 'K', 0x03, 0x04}),
            new Signature("a gzip archive", new int[] {0x1F, 0x8B}),
            new Signature("a Word 97-2003 or other OLE document", new int[] {0xD0, 0xCF, 0x11, 0xE0}),
            new Signature("a RIFF file (WebP, WAV, AVI)", new int[] {'R', 'I', 'F', 'F'}),
            new Signature("a 7-zip archive", new int[] {'7', 'z', 0xBC, 0xAF}),
            new Signature("an ELF executable", new int[] {0x7F, 'E', 'L', 'F'}),
    };

    private BinarySniffer() {
    }

    /** Throws when the bytes start with the signature of a binary format. */
    static void refuseKnownSignatures(byte[] input) {
        for (Signature signature : SIGNATURES) {
            if (signature.matches(input)) {
                throw new ReadException("input is " + signature.name() + ", not plain text", "byte 0");
            }
        }
    }

    /**
     * Throws at the first NUL byte of 8-bit text, naming its offset and line; a hint is given when the input
     * looks like UTF-16 written without a byte-order mark.
     */
    static void refuseNulBytes(byte[] input) {
        for (int i = 0; i < input.length; i++) {
            if (input[i] == 0) {
                String hint = looksLikeUtf16(input)
                        ? ": it looks like UTF-16 without a byte-order mark; save it as UTF-8, or as UTF-16 with a BOM"
                        : ": binary data, not text";
                throw new ReadException("input holds a NUL byte" + hint, InputDecoder.where(input, i));
            }
        }
    }

    /** Half the bytes zero, all at even or all at odd offsets. */
    private static boolean looksLikeUtf16(byte[] input) {
        int n = Math.min(input.length, 4096);
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i++) {
            if (input[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int half = n / 2;
        return half > 0 && (evenZeros > half * 0.8 && oddZeros == 0 || oddZeros > half * 0.8 && evenZeros == 0);
    }

    private record Signature(String name, int[] bytes) {
        boolean matches(byte[] input) {
            if (input.length < bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if ((input[i] & 0xFF) != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}

package io.tearsheet.read.internal;

import io.tearsheet.read.ReadException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns input bytes into text: UTF-8 with or without a byte-order mark, UTF-16 and UTF-32 with one, or, when
 * the caller allows it, a fallback charset for input that is not UTF-8. Binary input and malformed encodings
 * are refused with a {@link ReadException} that says where.
 */
public final class InputDecoder {
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private InputDecoder() {
    }

    /**
     * Decodes {@code input}.
     *
     * @param fallback the charset for input without a byte-order mark that is not valid UTF-8, or null to refuse
     *                 such input
     * @param notes    receives a sentence for every decision worth recording
     */
    public static String decode(byte[] input, Charset fallback, java.util.List<String> notes) {
        BinarySniffer.refuseKnownSignatures(input);
        if (startsWith(input, 0x00, 0x00, 0xFE, 0xFF)) {
            notes.add("input decoded as UTF-32 (big-endian byte-order mark)");
            return strict(input, 4, UTF_32BE);
        }
        if (startsWith(input, 0xFF, 0xFE, 0x00, 0x00)) {
            notes.add("input decoded as UTF-32 (little-endian byte-order mark)");
            return strict(input, 4, UTF_32LE);
        }
        if (startsWith(input, 0xFE, 0xFF)) {
            notes.add("input decoded as UTF-16 (big-endian byte-order mark)");
            return strict(input, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(input, 0xFF, 0xFE)) {
            notes.add("input decoded as UTF-16 (little-endian byte-order mark)");
            return strict(input, 2, StandardCharsets.UTF_16LE);
        }
        int skip = startsWith(input, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        BinarySniffer.refuseNulBytes(input);
        if (fallback == null) {
            return strict(input, skip, StandardCharsets.UTF_8);
        }
        int bad = firstMalformed(input, skip, StandardCharsets.UTF_8);
        if (bad < 0) {
            return strict(input, skip, StandardCharsets.UTF_8);
        }
        notes.add("input is not UTF-8 (" + where(input, bad) + "); decoded as " + fallback.name());
        return strict(input, skip, fallback);
    }

    /** Where byte {@code offset} is, for messages: {@code byte 1042, line 17}. */
    static String where(byte[] input, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < input.length; i++) {
            if (input[i] == '\n') {
                line++;
            }
        }
        return "byte " + offset + ", line " + line;
    }

    private static String strict(byte[] input, int skip, Charset charset) {
        if (charset == StandardCharsets.UTF_8) {
            // the String constructor decodes UTF-8 without a decoder and a buffer to copy from; it replaces malformed
            // input with U+FFFD, so a text holding one is decoded again below, to be refused or kept as it is
            String text = new String(input, skip, input.length - skip, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(input, skip, input.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((input.length - skip) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isUnderflow()) {
            throw malformed(input, in.position(), charset);
        }
        result = decoder.flush(out);
        if (!result.isUnderflow()) {
            throw malformed(input, in.position(), charset);
        }
        out.flip();
        return out.toString();
    }

    private static int firstMalformed(byte[] input, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(input, skip, input.length - skip);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            return -1;
        }
    }

    private static ReadException malformed(byte[] input, int offset, Charset charset) {
        String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
        return new ReadException("input is not valid " + name + ": malformed or truncated byte sequence",
                where(input, offset));
    }

    private static boolean startsWith(byte[] input, int... prefix) {
        if (input.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((input[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

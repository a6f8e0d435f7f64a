package io.tearsheet.html.internal;

import io.tearsheet.read.ReadException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a page's bytes into text, refusing what is not a web page: empty input, binary files (by their magic
 * numbers, or by the control characters in their text) and text without HTML markup.
 */
public final class PageDecoder {
    private static final int SNIFF_CHARS = 16 * 1024;
    private static final Pattern HTML_TAG = Pattern.compile(
            "<\\s*(?:!doctype\\s+html|html|head|body|title|meta|p|div|span|article|main|section|header|h[1-6]"
                    + "|a|br|table|ul|ol|img|figure|script)\\b", Pattern.CASE_INSENSITIVE);

    private PageDecoder() {
    }

    /**
     * Decodes {@code bytes} as a web page.
     *
     * @throws ReadException when the input is empty, binary or not HTML
     */
    public static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ReadException("the input is empty");
        }
        String binaryKind = BinarySignatures.kindOf(bytes);
        if (binaryKind != null) {
            throw new ReadException("the input is not HTML: it is binary (" + binaryKind + ")", "byte 0");
        }
        CharsetDetector.Detected detected = CharsetDetector.detect(bytes);
        List<String> notes = new ArrayList<>();
        if (detected.note() != null) {
            notes.add(detected.note());
        }
        String text = decodeReplacing(bytes, detected, notes);
        refuseBinaryText(text);
        refuseNonHtml(text);
        return new Decoded(text, detected.charset().name(), notes);
    }

    private static String decodeReplacing(byte[] bytes, CharsetDetector.Detected detected, List<String> notes) {
        ByteBuffer input = ByteBuffer.wrap(bytes, detected.bomBytes(), bytes.length - detected.bomBytes());
        CharsetDecoder strict = detected.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(input).toString();
        } catch (CharacterCodingException e) {
            input.rewind();
            CharBuffer lenient;
            try {
                lenient = detected.charset().newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)
                        .decode(input);
            } catch (CharacterCodingException impossible) {
                throw new IllegalStateException("a replacing decoder reported an error", impossible);
            }
            notes.add("some bytes are not valid " + detected.charset().name()
                    + " and were replaced with U+FFFD");
            return lenient.toString();
        }
    }

    /** Text decoded from a binary file is full of control characters that no web page has. */
    private static void refuseBinaryText(String text) {
        int length = Math.min(text.length(), SNIFF_CHARS);
        int suspicious = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new ReadException("the input is not HTML: it holds NUL characters, so it is binary",
                        "character " + i);
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
                suspicious++;
            }
        }
        if (length > 0 && suspicious * 10 > length) {
            throw new ReadException("the input is not HTML: " + suspicious + " of its first " + length
                    + " characters are control characters or undecodable bytes, so it is binary");
        }
    }

    private static void refuseNonHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS)).stripLeading();
        if (head.startsWith("{") || head.startsWith("[")) {
            throw new ReadException("the input is not HTML: it looks like JSON");
        }
        String lower = head.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<?xml") && !lower.contains("<html")) {
            throw new ReadException("the input is not HTML: it is XML");
        }
        if (!HTML_TAG.matcher(text).find()) {
            throw new ReadException("the input is not HTML: it has no HTML tags");
        }
    }

    /**
     * A decoded page.
     *
     * @param html    the page's text
     * @param charset the name of the encoding it was decoded with
     * @param notes   provenance notes about guesses and repairs
     */
    public record Decoded(String html, String charset, List<String> notes) {
        public Decoded {
            notes = List.copyOf(notes);
        }
    }
}

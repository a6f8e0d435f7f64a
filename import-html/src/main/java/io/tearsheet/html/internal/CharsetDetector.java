package io.tearsheet.html.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the character encoding of a page's bytes the way browsers do, in a simplified form: a byte-order mark wins;
 * then the page's own declaration in its first bytes ({@code <meta charset>}, {@code <meta http-equiv>}, an XML
 * declaration); then UTF-8 if the bytes are valid UTF-8; then windows-1252, the encoding browsers assume for old
 * Western pages.
 */
public final class CharsetDetector {
    /** How far into the page a declaration is looked for; the HTML standard says 1024, real pages need more. */
    private static final int PRESCAN_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** How many multi-byte sequences make valid UTF-8 certain enough to overrule a legacy declaration. */
    private static final int MIN_MULTIBYTE = 3;

    private CharsetDetector() {
    }

    /** The encoding of {@code bytes}, how it was found, and how many leading bytes are a byte-order mark. */
    public static Detected detect(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3, null);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2, null);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2, null);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        String declared = declaredLabel(head);
        if (declared != null) {
            Charset charset = forLabel(declared);
            if (charset != null && !charset.equals(StandardCharsets.UTF_8) && hasMultibyteUtf8(bytes) && isUtf8(bytes)) {
                // a page re-saved as UTF-8 keeps its old declaration; valid multi-byte UTF-8 does not happen by chance
                return new Detected(StandardCharsets.UTF_8, 0, "the page declares " + declared
                        + " but its bytes are UTF-8; read as UTF-8");
            }
            if (charset != null) {
                return new Detected(charset, 0, null);
            }
            Charset fallback = isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            return new Detected(fallback, 0, "the page declares the unknown encoding '" + declared + "'; read as "
                    + fallback.name());
        }
        if (isUtf8(bytes)) {
            return new Detected(StandardCharsets.UTF_8, 0, null);
        }
        return new Detected(WINDOWS_1252, 0,
                "the page declares no encoding and is not valid UTF-8; read as windows-1252");
    }

    private static String declaredLabel(String head) {
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? meta.group(1) : null;
    }

    /**
     * The charset for a declared label, following the WHATWG Encoding standard where it differs from Java: Latin-1
     * and ASCII labels mean windows-1252, and a page that declares UTF-16 without a byte-order mark is UTF-8.
     */
    static Charset forLabel(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2" -> {
                return StandardCharsets.UTF_8;
            }
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "iso_8859-1", "cp1252",
                 "x-user-defined" -> {
                return WINDOWS_1252;
            }
            default -> {
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
    }

    /** Whether the bytes hold at least a few multi-byte UTF-8 sequences (lead byte and continuation bytes). */
    private static boolean hasMultibyteUtf8(byte[] bytes) {
        int sequences = 0;
        for (int i = 0; i + 1 < bytes.length && sequences < MIN_MULTIBYTE; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0xC2 && b <= 0xF4 && (bytes[i + 1] & 0xC0) == 0x80) {
                sequences++;
            }
        }
        return sequences >= MIN_MULTIBYTE;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
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

    /**
     * The outcome of detection.
     *
     * @param charset  the encoding to decode with
     * @param bomBytes how many leading bytes are a byte-order mark (to skip)
     * @param note     a provenance note when the choice was a guess, or null
     */
    public record Detected(Charset charset, int bomBytes, String note) {
    }
}

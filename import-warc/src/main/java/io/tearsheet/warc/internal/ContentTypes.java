package io.tearsheet.warc.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads {@code Content-Type} values as servers write them: leniently, parameters in any case, quotes or not. */
public final class ContentTypes {
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    /**
     * Labels that the WHATWG Encoding Standard, and so every browser, reads as windows-1252: a page a server calls
     * ISO-8859-1 was shown, and so written, in windows-1252.
     */
    private static final Set<String> WINDOWS_1252 = Set.of("iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii",
            "ascii", "iso_8859-1", "cp819", "ibm819", "x-cp1252", "cp1252");

    private ContentTypes() {
    }

    /** The type without parameters, lower case ({@code text/html}), or null for a missing or empty value. */
    public static String base(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String base = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
                .toLowerCase(Locale.ROOT);
        return base.isEmpty() ? null : base;
    }

    /** Whether the type is an HTML page. */
    public static boolean isHtml(String contentType) {
        String base = base(contentType);
        return base != null && HTML.contains(base);
    }

    /** Whether the type is plain text. */
    public static boolean isPlainText(String contentType) {
        return "text/plain".equals(base(contentType));
    }

    /** Whether the type is one of the images figures can show. */
    public static boolean isImage(String contentType) {
        String base = base(contentType);
        return base != null && base.startsWith("image/");
    }

    /** The {@code charset} parameter as written, or empty. */
    public static Optional<String> charsetLabel(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals > 0 && parts[i].substring(0, equals).strip().equalsIgnoreCase("charset")) {
                String value = parts[i].substring(equals + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1).strip();
                }
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The charset a label names, read as browsers read it (ISO-8859-1 as windows-1252), or empty when unknown. */
    public static Optional<Charset> charset(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (WINDOWS_1252.contains(name)) {
            name = "windows-1252";
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}

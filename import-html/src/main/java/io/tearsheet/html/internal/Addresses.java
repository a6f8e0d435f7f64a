package io.tearsheet.html.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Makes the addresses pages write (relative, protocol-relative, with stray spaces) into absolute URIs. */
public final class Addresses {
    private Addresses() {
    }

    /** {@code address} resolved against {@code base}; null when it cannot be made an absolute http(s) or file URI. */
    public static String resolve(URI base, String address) {
        String cleaned = escape(address.strip());
        if (cleaned.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(cleaned);
            if (uri.isAbsolute()) {
                return isWebOrFile(uri) ? uri.toString() : null;
            }
            if (base == null) {
                return null;
            }
            URI resolved = cleaned.startsWith("//") ? new URI(base.getScheme() + ":" + cleaned) : base.resolve(uri);
            return resolved.isAbsolute() && isWebOrFile(resolved) ? resolved.toString() : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether an address is absolute (has a scheme, or starts with {@code //}). */
    public static boolean isAbsolute(String address) {
        return address.startsWith("//") || address.matches("(?i)^[a-z][a-z0-9+.-]*:.*");
    }

    /** An absolute http(s) URI, or null: the form the model's canonical URL takes. */
    public static String absoluteWeb(String address) {
        if (address == null) {
            return null;
        }
        String resolved = resolve(null, address);
        if (resolved == null) {
            return null;
        }
        String scheme = resolved.substring(0, resolved.indexOf(':')).toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") ? resolved : null;
    }

    private static boolean isWebOrFile(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("file");
    }

    /** Percent-encodes the characters pages leave raw in addresses (spaces, non-ASCII, a few delimiters). */
    private static String escape(String address) {
        StringBuilder out = new StringBuilder(address.length());
        for (byte b : address.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}') {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}

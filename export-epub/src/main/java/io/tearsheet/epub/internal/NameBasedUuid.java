package io.tearsheet.epub.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based (version 5, SHA-1) UUIDs as RFC 9562 defines them: the same name always gives the same UUID, so an
 * EPUB's identifier is stable across exports and machines without ever being random.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9562#section-5.5">RFC 9562, UUID version 5</a>
 */
final class NameBasedUuid {
    /** The RFC's namespace for URLs. */
    static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    /** Tearsheet's own namespace for identifiers made from content, itself name-based. */
    static final UUID CONTENT_NAMESPACE = of(URL_NAMESPACE, "urn:tearsheet:epub:content");

    private NameBasedUuid() {
    }

    /** The version 5 UUID of {@code name} in {@code namespace}. */
    static UUID of(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java platform lacks SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    /** {@code urn:uuid:…}, the form EPUB identifiers take. */
    static String urn(UUID uuid) {
        return "urn:uuid:" + uuid;
    }
}

package io.tearsheet.warc.internal;

import io.tearsheet.read.ReadException;
import org.netpreserve.jwarc.DecodedBody;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Takes the payload out of a record: for an HTTP response, the entity body with chunked transfer coding and the
 * {@code Content-Encoding} (gzip, deflate, brotli when its decoder is on the class path) removed; for resource and
 * conversion records, the block itself. The payload digest the record declares is checked against the bytes it
 * covers (the body before content decoding, as ISO 28500 defines it), and a mismatch is noted rather than fatal,
 * since crawlers have disagreed about what the digest covers.
 */
public final class Payloads {
    private Payloads() {
    }

    /**
     * The payload of {@code record}, which must not have been read from yet.
     *
     * @param maxBytes the largest payload accepted, before and after content decoding
     * @throws ReadException when the payload is larger, or its encoding is unknown or broken
     * @throws IOException   when the record cannot be read
     */
    public static Payload of(WarcRecord record, long maxBytes) throws IOException {
        List<String> notes = new ArrayList<>();
        record.headers().first("WARC-Truncated").ifPresent(reason ->
                notes.add("the crawler cut this capture short (WARC-Truncated: " + reason + "), so the page may be"
                        + " incomplete"));
        boolean http = "application/http".equals(ContentTypes.base(record.headers().first("Content-Type")
                .orElse(null)));
        if (record instanceof WarcResponse response && http) {
            HttpResponse head = response.http();
            byte[] raw = readAll(head.body(), maxBytes);
            checkDigest(record, raw, notes);
            byte[] decoded = decode(raw, head.headers().all("Content-Encoding"), maxBytes);
            return new Payload(decoded, head.headers().first("Content-Type").orElse(null), head.status(), notes);
        }
        byte[] raw = readAll(record.body(), maxBytes);
        checkDigest(record, raw, notes);
        return new Payload(raw, record.headers().first("Content-Type").orElse(null), 0, notes);
    }

    private static byte[] decode(byte[] raw, List<String> encodings, long maxBytes) throws IOException {
        List<String> applied = new ArrayList<>();
        for (String header : encodings) {
            for (String coding : header.split(",")) {
                String name = coding.strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !name.equals("identity") && !name.equals("none")) {
                    applied.add(name);
                }
            }
        }
        byte[] bytes = raw;
        // Codings are listed in the order they were applied; undo them last first.
        for (int i = applied.size() - 1; i >= 0; i--) {
            String name = applied.get(i);
            DecodedBody.Encoding encoding = switch (name) {
                case "gzip", "x-gzip" -> DecodedBody.Encoding.GZIP;
                case "deflate" -> DecodedBody.Encoding.DEFLATE;
                case "br" -> DecodedBody.Encoding.BROTLI;
                default -> throw new ReadException("the page's Content-Encoding '" + name + "' is not one Tearsheet"
                        + " can undo (gzip, deflate, br)");
            };
            try (ReadableByteChannel in = DecodedBody.create(Channels.newChannel(new ByteArrayInputStream(bytes)),
                    encoding)) {
                bytes = readAll(in, maxBytes);
            } catch (IOException e) {
                throw new ReadException("the page's " + name + " content encoding is broken: " + e.getMessage(),
                        null, e);
            }
        }
        return bytes;
    }

    private static byte[] readAll(ReadableByteChannel channel, long maxBytes) throws IOException {
        InputStream in = Channels.newInputStream(channel);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new ReadException("the payload is larger than the limit of " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void checkDigest(WarcRecord record, byte[] payload, List<String> notes) {
        Optional<String> declared = record.headers().first("WARC-Payload-Digest");
        if (declared.isEmpty()) {
            return;
        }
        try {
            WarcDigest digest = new WarcDigest(declared.get());
            MessageDigest digester = digest.getDigester();
            WarcDigest actual = new WarcDigest(digest.algorithm(), digester.digest(payload));
            if (!actual.equals(digest)) {
                notes.add("the payload does not match its WARC-Payload-Digest " + declared.get() + " (it is "
                        + actual.prefixedBase32() + ")");
            }
        } catch (NoSuchAlgorithmException | IllegalArgumentException e) {
            notes.add("the payload digest " + declared.get() + " uses an algorithm Tearsheet cannot check");
        }
    }
}

package io.tearsheet.warc.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * An HTTP response as a crawler saw it, for building test archives: status, content type, the page, and how it was
 * sent (chunked, gzip content coding).
 *
 * @param status      the HTTP status
 * @param contentType the Content-Type header, or null for none
 * @param entity      the page's bytes as the server meant them
 * @param sentChunked sent with chunked transfer coding
 * @param sentGzipped sent with gzip content coding
 */
public record HttpCapture(int status, String contentType, byte[] entity, boolean sentChunked, boolean sentGzipped) {

    /** A page sent plainly with status 200. */
    public static HttpCapture ok(String contentType, byte[] entity) {
        return new HttpCapture(200, contentType, entity, false, false);
    }

    /** An HTML page in UTF-8, status 200. */
    public static HttpCapture html(byte[] page) {
        return ok("text/html; charset=utf-8", page);
    }

    public HttpCapture withStatus(int status) {
        return new HttpCapture(status, contentType, entity, sentChunked, sentGzipped);
    }

    public HttpCapture chunked() {
        return new HttpCapture(status, contentType, entity, true, sentGzipped);
    }

    public HttpCapture gzipped() {
        return new HttpCapture(status, contentType, entity, sentChunked, true);
    }

    /** The payload as ISO 28500 defines it: the body with transfer coding undone, content coding kept. */
    public byte[] payload() {
        return sentGzipped ? gzip(entity) : entity;
    }

    /** The whole HTTP message as sent. */
    public byte[] message() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] payload = payload();
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(status == 200 ? " OK" : " Status")
                .append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (sentGzipped) {
            head.append("Content-Encoding: gzip\r\n");
        }
        head.append(sentChunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + payload.length + "\r\n");
        head.append("Server: test\r\n\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (sentChunked) {
            // uneven chunks, so that chunk edges fall inside characters and tags
            int at = 0;
            int size = 7;
            while (at < payload.length) {
                int n = Math.min(size, payload.length - at);
                out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(payload, at, n);
                out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                at += n;
                size = size * 3 + 1;
            }
            out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } else {
            out.writeBytes(payload);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

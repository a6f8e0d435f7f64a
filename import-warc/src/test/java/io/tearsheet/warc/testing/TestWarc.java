package io.tearsheet.warc.testing;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.Warcinfo;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Writes WARC and WET files for tests with jwarc, as crawlers write them: one record per gzip member when the
 * name ends in {@code .gz}, record ids derived from the file name and the record's number (so the same calls make
 * the same bytes), SHA-1 payload digests.
 *
 * <pre>{@code
 * try (TestWarc warc = TestWarc.create(dir.resolve("crawl.warc.gz"))) {
 *     warc.warcinfo();
 *     warc.request(url, date);
 *     Captured page = warc.response(url, date, HttpCapture.html(OurPages.page("wp-classic-harbour-clocks")));
 * }
 * }</pre>
 */
public final class TestWarc implements Closeable {
    private final FileChannel channel;
    private final org.netpreserve.jwarc.WarcWriter writer;
    private final String name;
    private int records;

    private TestWarc(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        this.name = String.valueOf(file.getFileName());
        this.writer = new org.netpreserve.jwarc.WarcWriter(channel,
                name.endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    public static TestWarc create(Path file) throws IOException {
        return new TestWarc(file);
    }

    /** The time every test capture is dated from: 1 March 2024, noon UTC. */
    public static Instant day() {
        return Instant.parse("2024-03-01T12:00:00Z");
    }

    public Captured warcinfo() throws IOException {
        Warcinfo record = new Warcinfo.Builder().recordId(nextId()).date(day()).filename(name)
                .fields(Map.of("software", java.util.List.of("tearsheet tests"))).build();
        return write(record, null, null);
    }

    public Captured request(String url, Instant date) throws IOException {
        byte[] get = ("GET " + URI.create(url).getRawPath() + " HTTP/1.1\r\nHost: " + URI.create(url).getHost()
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        WarcRequest record = new WarcRequest.Builder(url).recordId(nextId()).date(date)
                .body(MediaType.HTTP_REQUEST, get).build();
        return write(record, url, null);
    }

    public Captured response(String url, Instant date, HttpCapture http) throws IOException {
        String digest = sha1(http.payload());
        WarcResponse record = new WarcResponse.Builder(url).recordId(nextId()).date(date)
                .body(MediaType.HTTP_RESPONSE, http.message()).payloadDigest(new WarcDigest(digest)).build();
        return write(record, url, digest);
    }

    /** A resource record, as browser-based crawlers write a page they rendered. */
    public Captured resource(String url, Instant date, String contentType, byte[] bytes) throws IOException {
        String digest = sha1(bytes);
        WarcResource record = new WarcResource.Builder(URI.create(url)).recordId(nextId()).date(date)
                .body(MediaType.parse(contentType), bytes).payloadDigest(new WarcDigest(digest)).build();
        return write(record, url, digest);
    }

    /** An identical-payload-digest revisit of {@code original}, with WARC-Refers-To when {@code refersTo}. */
    public Captured revisit(String url, Instant date, Captured original, boolean refersTo) throws IOException {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        WarcRevisit.Builder builder = new WarcRevisit.Builder(url, WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
                .recordId(nextId()).date(date).body(MediaType.HTTP_RESPONSE, head)
                .payloadDigest(new WarcDigest(original.payloadDigest()));
        if (refersTo) {
            builder.refersTo(URI.create(original.recordId().replaceAll("[<>]", "")), original.url(), original.date());
        }
        return write(builder.build(), url, original.payloadDigest());
    }

    /** A DNS answer, as Heritrix records the look-up of each host: a response without HTTP. */
    public Captured dns(String host, Instant date) throws IOException {
        WarcResponse record = new WarcResponse.Builder("dns:" + host).recordId(nextId()).date(date)
                .body(MediaType.parse("text/dns"), ("20240301120000\n" + host + ".\t300\tIN\tA\t192.0.2.7\n")
                        .getBytes(StandardCharsets.US_ASCII)).build();
        return write(record, "dns:" + host, null);
    }

    public Captured metadata(String url, Instant date) throws IOException {
        WarcMetadata record = new WarcMetadata.Builder().targetURI(url).recordId(nextId()).date(date)
                .body(MediaType.WARC_FIELDS, ("outlink: " + url + "/next\r\n").getBytes(StandardCharsets.UTF_8))
                .build();
        return write(record, url, null);
    }

    /** A WET conversion record: the text extracted from a page. */
    public Captured conversion(String url, Instant date, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String digest = sha1(bytes);
        WarcConversion record = new WarcConversion.Builder().recordId(nextId()).date(date)
                .addHeader("WARC-Target-URI", url).body(MediaType.parse("text/plain"), bytes)
                .blockDigest(new WarcDigest(digest)).build();
        return write(record, url, null);
    }

    private Captured write(WarcRecord record, String url, String digest) throws IOException {
        long offset = writer.position();
        writer.write(record);
        return new Captured(record.headers().first("WARC-Record-ID").orElseThrow(), offset, url,
                record.date(), digest);
    }

    private UUID nextId() {
        return UUID.nameUUIDFromBytes((name + "#" + (++records)).getBytes(StandardCharsets.UTF_8));
    }

    /** The size written so far. */
    public long position() {
        return writer.position();
    }

    private static String sha1(byte[] bytes) {
        try {
            return new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(bytes)).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
        channel.close();
    }
}

package io.tearsheet.bench;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a synthetic crawl of a news site as a WARC file, for the web archive benchmarks and the memory run: per
 * captured article, a request, a response holding a saved news page ({@link HtmlPage}, numbered so that no two are
 * the same), a metadata record, and the capture of a picture (incompressible bytes served as JPEG, as the pictures
 * of a real crawl take most of its bytes). Compressed, one gzip member per record, when the name ends in
 * {@code .gz}. The same arguments write the same bytes.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.tearsheet.bench.CrawlArchive /tmp/crawl-1g.warc.gz 1g
 * </pre>
 */
public final class CrawlArchive {
    /** The size of each page, as {@link HtmlReaderBenchmark}'s. */
    static final int PAGE_BYTES = 100_000;

    private CrawlArchive() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CrawlArchive FILE SIZE   (SIZE in bytes, or with k, m or g)");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        long target = size(args[1]);
        long started = System.nanoTime();
        int pages = write(file, Integer.MAX_VALUE, target, 100_000);
        System.out.printf(Locale.ROOT, "%s: %d articles, %d records, in %.1f s%n", file, pages, 4 * pages + 1,
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * Writes captures until there are {@code pages} of them or the file reaches {@code bytes}; returns how many.
     *
     * @param pictureBytes the size of each picture
     */
    static int write(Path file, int pages, long bytes, int pictureBytes) throws IOException {
        byte[] template = HtmlPage.of(PAGE_BYTES);
        String page = new String(template, StandardCharsets.UTF_8);
        Random random = new Random(20240301);
        byte[] picture = new byte[pictureBytes];
        int written = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter warc = new WarcWriter(channel, file.getFileName().toString().endsWith(".gz")
                     ? WarcCompression.GZIP : WarcCompression.NONE)) {
            Instant at = Instant.parse("2024-03-01T00:00:00Z");
            warc.write(new Warcinfo.Builder().recordId(id(file, 0)).date(at).filename(file.getFileName().toString())
                    .fields(Map.of("software", List.of("tearsheet bench CrawlArchive"))).build());
            while (written < pages && warc.position() < bytes) {
                written++;
                at = at.plusSeconds(11);
                String url = "https://courier.example/2024/03/night-boat-" + written;
                byte[] html = page.replace("Night Boat", "Night Boat No. " + written)
                        .replace("night-boat-again", "night-boat-" + written).getBytes(StandardCharsets.UTF_8);
                warc.write(new WarcRequest.Builder(url).recordId(id(file, 4 * written - 3)).date(at)
                        .body(MediaType.HTTP_REQUEST, ("GET /2024/03/night-boat-" + written + " HTTP/1.1\r\n"
                                + "Host: courier.example\r\nUser-Agent: bench\r\n\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1)).build());
                warc.write(new WarcResponse.Builder(url).recordId(id(file, 4 * written - 2)).date(at)
                        .body(MediaType.HTTP_RESPONSE, http("text/html; charset=utf-8", html))
                        .payloadDigest(sha1(html)).build());
                warc.write(new WarcMetadata.Builder().targetURI(url).recordId(id(file, 4 * written - 1)).date(at)
                        .body(MediaType.WARC_FIELDS, ("outlink: " + url + "/photo.jpg E =EMBED_MISC\r\n")
                                .getBytes(StandardCharsets.UTF_8)).build());
                random.nextBytes(picture);
                picture[0] = (byte) 0xFF;
                picture[1] = (byte) 0xD8;
                warc.write(new WarcResponse.Builder(url + "/photo.jpg").recordId(id(file, 4 * written)).date(at)
                        .body(MediaType.HTTP_RESPONSE, http("image/jpeg", picture)).payloadDigest(sha1(picture))
                        .build());
            }
        }
        return written;
    }

    private static byte[] http(String contentType, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 200);
        out.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static UUID id(Path file, int record) {
        return UUID.nameUUIDFromBytes((file.getFileName() + "#" + record).getBytes(StandardCharsets.UTF_8));
    }

    private static WarcDigest sha1(byte[] bytes) {
        try {
            return new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static long size(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        long unit = t.endsWith("g") ? 1L << 30 : t.endsWith("m") ? 1L << 20 : t.endsWith("k") ? 1L << 10 : 1;
        return Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
    }
}

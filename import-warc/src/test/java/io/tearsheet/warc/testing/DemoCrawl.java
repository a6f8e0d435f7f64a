package io.tearsheet.warc.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A small crawl of a news site made of our own pages, as a crawler writes it: the README's examples and the command
 * line's tests use it. {@code crawl.warc.gz} holds a warcinfo record, a request and a response per page, three pages
 * that are not articles (the front page, a tag page, an error page served with status 200), a 404, an image, a
 * stylesheet and a revisit; {@code crawl.wet.gz} holds the text dumps of the article pages.
 *
 * <pre>
 * java -cp … io.tearsheet.warc.testing.DemoCrawl DIR
 * </pre>
 */
public final class DemoCrawl {
    /** The article pages of the crawl, in order. */
    public static final List<String> ARTICLES = List.of("wp-classic-harbour-clocks", "series-part-two-rail",
            "brightspot-river-flood", "notes-school-meals");

    private DemoCrawl() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(dir);
        warc(dir.resolve("crawl.warc.gz"));
        wet(dir.resolve("crawl.wet.gz"));
    }

    /** Writes the crawl's WARC file (compressed when the name ends in {@code .gz}). */
    public static void warc(Path file) throws IOException {
        Instant at = TestWarc.day();
        try (TestWarc warc = TestWarc.create(file)) {
            warc.warcinfo();
            page(warc, "https://news.example/", at, ExtraPages.page("front-page"));
            Captured first = null;
            for (String name : ARTICLES) {
                at = at.plus(Duration.ofSeconds(7));
                Captured captured = page(warc, OurPages.url(name), at, OurPages.page(name));
                if (first == null) {
                    first = captured;
                }
            }
            page(warc, "https://news.example/tag/harbour", at.plusSeconds(3), ExtraPages.page("tag-harbour"));
            page(warc, "https://news.example/2024/03/lighthouse", at.plusSeconds(4), ExtraPages.page("not-found"));
            warc.request("https://news.example/2024/02/old-story", at.plusSeconds(5));
            warc.response("https://news.example/2024/02/old-story", at.plusSeconds(5),
                    HttpCapture.html(ExtraPages.page("not-found")).withStatus(404));
            // the picture of the first article's figure, as the crawler fetched it with the page
            warc.response("https://courier.example/wp-content/uploads/2024/03/tide-clock-workshop-1024x683.jpg",
                    at.plusSeconds(6), HttpCapture.ok("image/jpeg", io.tearsheet.testing.TestPictures.jpeg(96, 64)));
            warc.response("https://news.example/site.css", at.plusSeconds(6),
                    HttpCapture.ok("text/css", "body { margin: 0 }".getBytes(StandardCharsets.UTF_8)).gzipped());
            warc.revisit(OurPages.url(ARTICLES.get(0)), at.plus(Duration.ofDays(1)), first, true);
        }
    }

    private static Captured page(TestWarc warc, String url, Instant at, byte[] page) throws IOException {
        warc.request(url, at);
        return warc.response(url, at, HttpCapture.html(page).chunked());
    }

    /** Writes the crawl's WET file: the text of its article pages. */
    public static void wet(Path file) throws IOException {
        Instant at = TestWarc.day();
        try (TestWarc wet = TestWarc.create(file)) {
            wet.warcinfo();
            for (String name : ARTICLES) {
                at = at.plus(Duration.ofSeconds(7));
                wet.conversion(OurPages.url(name), at, TextDumps.lines(OurPages.page(name)));
            }
        }
    }
}

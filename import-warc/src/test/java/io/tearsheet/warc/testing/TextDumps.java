package io.tearsheet.warc.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text dumps of our pages, as a text extractor writes them: the headline, then each paragraph, with a blank
 * line between blocks (or one block per line, as Common Crawl's WET files have them).
 */
public final class TextDumps {
    private TextDumps() {
    }

    /** The page's headline and paragraphs, blocks separated by blank lines. */
    public static String dump(byte[] page) {
        return String.join("\n\n", blocks(page)) + "\n";
    }

    /** The page's headline and paragraphs, one block per line. */
    public static String lines(byte[] page) {
        return String.join("\n", blocks(page)) + "\n";
    }

    private static List<String> blocks(byte[] page) {
        // windows-1252 pages read as UTF-8 lose a few characters; the dump stays a dump of our own text
        Document document = Jsoup.parse(new String(page, StandardCharsets.UTF_8));
        document.select("script, style, template, noscript").remove();
        List<String> blocks = new ArrayList<>();
        Element h1 = document.selectFirst("h1");
        blocks.add(h1 != null ? h1.text() : document.title());
        for (Element p : document.select("body p")) {
            String text = p.text().strip();
            boolean furniture = p.closest("nav, header, footer, aside, form") != null;
            if (!furniture && !text.isEmpty() && !blocks.contains(text)) {
                blocks.add(text);
            }
        }
        return blocks;
    }
}

package io.tearsheet.bench;

import io.tearsheet.export.XmlText;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A saved news page of about a given size, built around the sample article as a typical CMS would serve it: JSON-LD
 * and Open Graph metadata, a style sheet and scripts in the head, navigation, a share bar, the article with its
 * byline and dateline, an advertisement and a newsletter box inside the body, then a related-stories rail, reader
 * comments and a footer. The article is the sample's paragraphs; everything else is boilerplate that the reader
 * must find and drop, repeated until the page reaches the size asked for.
 */
final class HtmlPage {
    private HtmlPage() {
    }

    /** A page of about {@code bytes} bytes (100 KB is the benchmark's size). */
    static byte[] of(int bytes) {
        XmlText xml = new XmlText();
        String[] blocks = new String(Inputs.sample(), StandardCharsets.UTF_8).split("\n\n");
        String headline = "Millbrook Bets on the ‘Night Boat’ Again";
        String deck = "After four decades ashore, the city’s river ferries return to ease its crowded bridges.";
        StringBuilder page = new StringBuilder(bytes + 8192);
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>").append(headline)
                .append(" | The Millbrook Courier</title>\n")
                .append("<link rel=\"canonical\" href=\"https://courier.example/2024/05/14/night-boat-again\">\n")
                .append("<meta property=\"og:title\" content=\"").append(headline).append("\">\n")
                .append("<meta property=\"og:description\" content=\"").append(deck).append("\">\n")
                .append("<meta property=\"article:published_time\" content=\"2024-05-14T06:00:00Z\">\n")
                .append("<meta name=\"author\" content=\"Clara Mendes\">\n")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"headline\":\"").append(headline).append("\",\"alternativeHeadline\":\"").append(deck)
                .append("\",\"author\":{\"@type\":\"Person\",\"name\":\"Clara Mendes\"},")
                .append("\"datePublished\":\"2024-05-14T06:00:00Z\",\"publisher\":{\"@type\":\"Organization\",")
                .append("\"name\":\"The Millbrook Courier\"}}</script>\n<style>\n");
        for (int i = 0; i < 120; i++) {
            page.append(String.format(Locale.ROOT, ".c%03d{margin:%dpx;padding:%dpx;color:#%06x}\n", i, i % 9, i % 7,
                    i * 2731 & 0xFFFFFF));
        }
        page.append("</style>\n<script>\n");
        for (int i = 0; i < 150; i++) {
            page.append("window.dataLayer=window.dataLayer||[];dataLayer.push({event:'slot").append(i)
                    .append("',size:[300,250],targeting:{section:'city',pos:").append(i).append("}});\n");
        }
        page.append("</script>\n</head><body>\n<header class=\"site-header\"><nav class=\"main-nav\"><ul>");
        for (int i = 0; i < 60; i++) {
            page.append("<li><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li>");
        }
        page.append("</ul></nav></header>\n<div class=\"cookie-banner\">We use cookies to improve your experience. "
                + "<button>Accept all</button></div>\n<main><article class=\"story\">\n<div class=\"kicker\">City "
                + "Waterways</div>\n<h1 class=\"headline\">").append(headline).append("</h1>\n<p class=\"standfirst\">")
                .append(deck).append("</p>\n<div class=\"byline\">By <a rel=\"author\" href=\"/staff/clara-mendes\">"
                        + "Clara Mendes</a>, Staff writer · <time datetime=\"2024-05-14T06:00:00Z\">May 14, 2024"
                        + "</time></div>\n<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">"
                        + "Share on X</a> <a href=\"#\">Email</a></div>\n<div class=\"story-body\">\n");
        int bodyEnd = blocks.length - 2;
        for (int i = 2; i < bodyEnd; i++) {
            String text = blocks[i].replace("``", "“").replace("''", "”").replace("`", "‘").replace("'", "’");
            page.append("<p>").append(xml.escape(text)).append("</p>\n");
            if (i == 8) {
                page.append("<aside class=\"ad-slot\"><div class=\"advertisement\">Advertisement</div></aside>\n");
            }
            if (i == 16) {
                page.append("<div class=\"newsletter-signup\"><h3>Get the morning briefing</h3><p>Sign up for our "
                        + "newsletter.</p><form><input type=\"email\"><button>Subscribe</button></form></div>\n");
            }
        }
        page.append("<p class=\"series-note\"><em>").append(xml.escape(blocks[bodyEnd])).append("</em></p>\n")
                .append("</div></article>\n<section class=\"related\"><h2>More from City</h2><ul>\n");
        int story = 0;
        while (page.length() < bytes * 0.75) {
            page.append("<li class=\"related-item\"><a href=\"/2024/05/story-").append(story)
                    .append("\"><img src=\"/img/thumb-").append(story).append(".jpg\" alt=\"\"><span>Council weighs ")
                    .append("plan number ").append(story).append(" for the riverside quarter</span></a></li>\n");
            story++;
        }
        page.append("</ul></section>\n<section class=\"comments\"><h2>Comments</h2>\n");
        int comment = 0;
        while (page.length() < bytes - 2048) {
            page.append("<div class=\"comment\"><span class=\"comment-author\">reader").append(comment)
                    .append("</span><p>I took the boat on Tuesday and it was quicker than the bus, but the landing ")
                    .append("needs a roof before winter. Comment ").append(comment).append(".</p><a href=\"#reply\">")
                    .append("Reply</a></div>\n");
            comment++;
        }
        page.append("</section></main>\n<footer class=\"site-footer\"><p>© 2024 The Millbrook Courier. All rights "
                + "reserved.</p><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></footer>\n</body></html>\n");
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }
}

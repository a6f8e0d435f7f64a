package io.tearsheet.html.internal;

import org.jsoup.nodes.Element;

import java.util.Set;

/**
 * Embedded social-media posts. A quoted post on X/Twitter or Bluesky is a quotation the article makes, and stays as
 * a block quote; the placeholders other platforms put in the page ("View this post on Instagram", "A post shared
 * by …") are not the post, and are dropped.
 */
final class EmbedKinds {
    private static final Set<String> PLACEHOLDER_CLASSES = Set.of("instagram-media", "tiktok-embed", "fb-post",
            "fb-video", "reddit-embed-bq", "imgur-embed-pub", "pinterest-embed");

    private EmbedKinds() {
    }

    static boolean isSocialEmbedBoilerplate(Element element) {
        String classes = element.className();
        if (classes.isEmpty()) {
            return false;
        }
        for (String name : classes.split("\\s+")) {
            if (PLACEHOLDER_CLASSES.contains(Texts.lower(name))) {
                return true;
            }
        }
        return false;
    }
}

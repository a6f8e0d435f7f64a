package io.tearsheet;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Guesses what kind of input a file is, from its name and its first bytes, so that the right reader gets it.
 *
 * @since 0.1.0
 */
public final class MediaTypes {
    /** Plain text: the scraped-article reader. */
    public static final String TEXT = "text/plain";
    /** A saved web page. */
    public static final String HTML = "text/html";
    /** The Tearsheet JSON archive format. */
    public static final String JSON = "application/json";
    /**
     * A web archive, WARC or WET (ISO 28500): a container of many pages, listed by {@link
     * io.tearsheet.batch.BatchInputs#expand} when {@code tearsheet-import-warc} is on the class path, not an article.
     */
    public static final String WARC = "application/warc";

    private MediaTypes() {
    }

    /**
     * The media type of an input: by file extension when it has a telling one ({@code .json}, {@code .html},
     * {@code .htm}, {@code .xhtml}, {@code .txt}; {@code .warc}, {@code .wet} and their {@code .gz} forms for
     * {@link #WARC}), otherwise by content (a JSON object naming the Tearsheet format, an HTML document, a WARC
     * record), otherwise plain text.
     *
     * @param fileName the input's file name, or null for standard input
     * @param head     the first bytes of the input (a few hundred are enough)
     */
    public static String detect(String fileName, byte[] head) {
        if (fileName != null) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".json")) {
                return JSON;
            }
            if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
                return HTML;
            }
            if (name.endsWith(".txt") || name.endsWith(".text")) {
                return TEXT;
            }
            if (name.endsWith(".warc") || name.endsWith(".warc.gz") || name.endsWith(".wet")
                    || name.endsWith(".wet.gz")) {
                return WARC;
            }
        }
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").stripLeading();
        String lower = start.toLowerCase(Locale.ROOT);
        if (start.startsWith("{") && start.contains("\"tearsheet-article\"")) {
            return JSON;
        }
        if (start.startsWith("WARC/1.")) {
            return WARC;
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<?xml")
                && lower.contains("<html")) {
            return HTML;
        }
        return TEXT;
    }
}

package io.tearsheet.testing;

import io.tearsheet.Tearsheet;
import io.tearsheet.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Our own article quoting people in every script the exporters should set (Latin with Vietnamese, Greek,
 * Cyrillic, Arabic, Hebrew, Devanagari, Bengali, Tamil, Thai, Simplified and Traditional Chinese, Japanese,
 * Korean, Georgian, Armenian, Ethiopic, emoji), with a right-to-left paragraph and a sentence mixing directions.
 * Kept in {@code multilingual/harbour-of-voices.txt}.
 */
public final class MultilingualArticle {
    /** The resource the article is read from. */
    public static final String RESOURCE = "/multilingual/harbour-of-voices.txt";

    private MultilingualArticle() {
    }

    /** The article as it is written, plain text. */
    public static byte[] text() {
        try (InputStream in = MultilingualArticle.class.getResourceAsStream(RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article, read by the plain-text reader. */
    public static Article article() {
        return Tearsheet.read(text(), "text/plain");
    }
}

package io.tearsheet.quotes;

import io.tearsheet.model.Article;

/** Placeholder; replaced below. */
public final class QuoteAttributor {
    public static QuoteAttributor create() {
        return new QuoteAttributor();
    }

    public Article attribute(Article article) {
        return article;
    }
}

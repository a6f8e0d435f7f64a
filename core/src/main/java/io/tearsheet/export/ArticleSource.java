package io.tearsheet.export;

import io.tearsheet.model.Article;

import java.io.IOException;
import java.util.List;

/**
 * The articles of a {@link Book}, by position. A source may read each article from disk when asked, so a
 * book of ten thousand articles need not be held in memory; book exporters may ask for the same article
 * more than once (a first pass for the table of contents, a second for the text).
 *
 * @since 0.1.0
 */
public interface ArticleSource {

    /** How many articles the book has. */
    int size();

    /**
     * The article at {@code index}, from zero.
     *
     * @throws IOException when reading it fails
     */
    Article get(int index) throws IOException;

    /**
     * Where the images of the article at {@code index} are found: the folder of the file it was read from, for
     * example. The default finds none, so figures are shown as descriptions.
     */
    default ImageResolver images(int index) {
        return ImageResolver.none();
    }

    /** A source over articles already in memory. */
    static ArticleSource of(List<Article> articles) {
        List<Article> copy = List.copyOf(articles);
        return new ArticleSource() {
            @Override
            public int size() {
                return copy.size();
            }

            @Override
            public Article get(int index) {
                return copy.get(index);
            }
        };
    }
}

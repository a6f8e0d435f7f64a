package io.tearsheet.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.tearsheet.model.Article;

/**
 * Many articles to be written as one volume, with the volume's own title page metadata.
 *
 * <pre>{@code
 * Book book = Book.builder()
 *         .title("Harbour Trades")
 *         .author("Jane Doe")
 *         .articles(List.of(part1, part2, part3, part4))
 *         .build();
 * }</pre>
 *
 * The articles are written in the order the source gives them; {@link BookOrder} sorts them by series part
 * or date first, if wanted.
 *
 * @since 0.1.0
 */
public final class Book {
    private final String title;
    private final String subtitle;
    private final List<String> authors;
    private final String publisher;
    private final String language;
    private final String identifier;
    private final String rights;
    private final ArticleSource articles;

    private Book(Builder builder) {
        if (builder.title == null || builder.title.isBlank()) {
            throw new IllegalArgumentException("book title must not be blank");
        }
        this.title = builder.title;
        this.subtitle = blankToNull(builder.subtitle);
        this.authors = List.copyOf(builder.authors);
        this.publisher = blankToNull(builder.publisher);
        this.language = blankToNull(builder.language);
        this.identifier = blankToNull(builder.identifier);
        this.rights = blankToNull(builder.rights);
        this.articles = Objects.requireNonNull(builder.articles, "book articles must be set");
    }

    public static Builder builder() {
        return new Builder();
    }

    public String title() {
        return title;
    }

    /** The subtitle, or null. */
    public String subtitle() {
        return subtitle;
    }

    /** The book's authors or editors, for the title page; may be empty. */
    public List<String> authors() {
        return authors;
    }

    /** The publisher, or null. */
    public String publisher() {
        return publisher;
    }

    /** The book's BCP 47 language, or null to take the first article's. */
    public String language() {
        return language;
    }

    /** A stable identifier for the book (URN, ISBN, archive id), or null to derive one from the content. */
    public String identifier() {
        return identifier;
    }

    /** The rights statement for the volume, or null. */
    public String rights() {
        return rights;
    }

    public ArticleSource articles() {
        return articles;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Builds a {@link Book}; only the title and the articles are required. */
    public static final class Builder {
        private String title;
        private String subtitle;
        private final List<String> authors = new ArrayList<>();
        private String publisher;
        private String language;
        private String identifier;
        private String rights;
        private ArticleSource articles;

        private Builder() {
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder subtitle(String subtitle) {
            this.subtitle = subtitle;
            return this;
        }

        public Builder author(String author) {
            this.authors.add(Objects.requireNonNull(author, "author must not be null"));
            return this;
        }

        public Builder publisher(String publisher) {
            this.publisher = publisher;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder identifier(String identifier) {
            this.identifier = identifier;
            return this;
        }

        public Builder rights(String rights) {
            this.rights = rights;
            return this;
        }

        /** The articles, already in memory, in book order. */
        public Builder articles(List<Article> articles) {
            this.articles = ArticleSource.of(articles);
            return this;
        }

        /** The articles, read on demand, in book order. */
        public Builder articles(ArticleSource articles) {
            this.articles = Objects.requireNonNull(articles, "articles must not be null");
            return this;
        }

        /**
         * @throws IllegalArgumentException when the title is blank
         * @throws NullPointerException     when no articles were given
         */
        public Book build() {
            return new Book(this);
        }
    }
}

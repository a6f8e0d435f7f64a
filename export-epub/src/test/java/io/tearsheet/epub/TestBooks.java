package io.tearsheet.epub;

import io.tearsheet.export.ArticleSource;
import io.tearsheet.export.Book;
import io.tearsheet.model.Article;
import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Series;
import io.tearsheet.testing.ArticleArbitraries;
import io.tearsheet.testing.TestArticles;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/** Books for the tests, from our own test articles and from the generators, always the same for a seed. */
final class TestBooks {
    private static final List<Article> GENERATED = new ArrayList<>();

    private TestBooks() {
    }

    /** {@link TestArticles#everything()} as part {@code part} of its three-part series, with its own headline. */
    static Article part(int part) {
        Article article = TestArticles.everything();
        Metadata metadata = article.metadata().toBuilder()
                .headline("The Waterways, Part " + part)
                .series(new Series("the city’s waterways", part, 3))
                .canonicalUrl("https://example.org/news/waterways-" + part)
                .published(new ArticleDate("2025-03-0" + (part + 2)))
                .build();
        return article.toBuilder().metadata(metadata).build();
    }

    /** The three parts of the series, given out of order. */
    static Book series() {
        return Book.builder().title("The City’s Waterways").author("Clara Mendes").author("Tomas Berg")
                .publisher("The Tearsheet Gazette").language("en-GB")
                .articles(List.of(part(3), part(1), part(2))).build();
    }

    /**
     * A generated article, the same for the same index on every run and in every JVM: jqwik's generator driven by
     * a seeded random, in a jqwik session of its own since plain JUnit tests (and other JVMs) call this too.
     * Generated in batches and kept, since a session costs more than the article.
     */
    static synchronized Article generated(int index) {
        while (GENERATED.size() <= index) {
            int from = GENERATED.size();
            JqwikSession.run(() -> {
                RandomGenerator<Article> generator = ArticleArbitraries.articles().generator(1000);
                for (int i = from; i < from + 100; i++) {
                    GENERATED.add(generator.next(new Random(0x7EA25EEL + i)).value());
                }
            });
        }
        return GENERATED.get(index);
    }

    /**
     * A book of {@code size} articles read on demand: every tenth one is a part of our series, the others
     * generated. {@code reads} counts the calls to {@link ArticleSource#get(int)}.
     */
    static Book generatedBook(int size, AtomicInteger reads) {
        ArticleSource source = new ArticleSource() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Article get(int index) {
                reads.incrementAndGet();
                return index % 10 == 0 ? part(index / 10 % 3 + 1) : generated(index);
            }
        };
        return Book.builder().title("A Book of " + size + " Articles").author("The Tearsheet tests")
                .articles(source).build();
    }

    /** The first {@code size} articles of {@link #generatedBook}, in memory. */
    static List<Article> generatedArticles(int size) {
        List<Article> articles = new ArrayList<>();
        Book book = generatedBook(size, new AtomicInteger());
        for (int i = 0; i < size; i++) {
            try {
                articles.add(book.articles().get(i));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return articles;
    }

    static Arbitrary<Article> arbitrary() {
        return ArticleArbitraries.articles();
    }
}

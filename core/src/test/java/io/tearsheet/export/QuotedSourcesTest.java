package io.tearsheet.export;

import io.tearsheet.model.Article;
import io.tearsheet.testing.TestArticles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotedSourcesTest {

    @Test
    void numbersQuotationsInReadingOrderSkippingScareQuotes() {
        QuotedSources quoted = QuotedSources.of(TestArticles.everything());

        assertThat(quoted.quotes()).extracting(q -> q.quote().id()).containsExactly("q2", "q3", "q5", "q6");
        assertThat(quoted.number("q5")).contains(3);
        assertThat(quoted.number("q1")).isEmpty();
    }

    @Test
    void groupsBySourceInOrderOfFirstQuotation() {
        QuotedSources quoted = QuotedSources.of(TestArticles.everything());

        assertThat(quoted.entries()).extracting(e -> e.source().name())
                .containsExactly("Harriet Okafor", "The Millbrook Courier", "a ferry captain", "city officials");
        assertThat(quoted.unattributed()).isEmpty();
    }

    @Test
    void bookIndexMergesNamedSourcesAcrossArticles() {
        Article article = TestArticles.everything();
        BookIndex index = new BookIndex();
        index.add(0, article);
        index.add(1, article);

        assertThat(index.entries()).filteredOn(e -> e.name().equals("Harriet Okafor")).singleElement()
                .satisfies(e -> assertThat(e.appearances()).extracting(BookIndex.Appearance::article)
                        .containsExactly(0, 1));
        assertThat(index.entries()).filteredOn(e -> e.name().equals("a ferry captain")).hasSize(2);
    }
}

package io.tearsheet.html.internal;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetaTagsTest {
    @Test
    void readsThePagesOwnMicrodataAndItsAuthorsItem() {
        MetaTags tags = MetaTags.of(Jsoup.parse("""
                <article itemscope itemtype="http://schema.org/NewsArticle">
                  <meta itemprop="datePublished" content="2026-03-03">
                  <div itemprop="author" itemscope itemtype="http://schema.org/Person">
                    <meta itemprop="author" content="Jane Doe">
                  </div>
                </article>"""));

        assertThat(tags.all("datepublished")).containsExactly("2026-03-03");
        assertThat(tags.all("author")).containsExactly("Jane Doe");
    }

    @Test
    void leavesOutTheMicrodataOfWorksThePageCitesOrReviews() {
        MetaTags tags = MetaTags.of(Jsoup.parse("""
                <meta name="citation_author" content="Lena Holt">
                <ol>
                  <li itemprop="citation" itemscope itemtype="http://schema.org/ScholarlyArticle">
                    <meta itemprop="author" content="T. Reyes, J. Doe">
                  </li>
                </ol>
                <div itemprop="review" itemscope itemtype="http://schema.org/Review">
                  <meta itemprop="datePublished" content="2014-12-29">
                </div>"""));

        assertThat(tags.all("author")).isEmpty();
        assertThat(tags.all("datepublished")).isEmpty();
        assertThat(tags.all("citation_author")).containsExactly("Lena Holt");
    }
}

package io.tearsheet.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Byline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/** The date and byline a page prints, where the page marks them in its own markup rather than in its head. */
class VisibleMetadataTest {

    private static final String TEXT = "<p>" + "The ferry will run twice a day from the spring, the harbour board said. ".repeat(12) + "</p>";

    private static VisibleMetadata read(String body) {
        Document document = Jsoup.parse("<html><head><title>Page</title></head><body>" + body + "</body></html>");
        return VisibleMetadata.find(document, null, "Page", TextMeasure.of(document.body(), null));
    }

    @Test
    void theFooterOfTheArticlesOwnMicrodataItemHoldsItsDateAndByline() {
        VisibleMetadata visible = read("""
                <div itemscope itemtype="https://schema.org/NewsArticle">
                  <div class="text">%s</div>
                  <div class="footer"><time itemprop="datePublished" datetime="2024-01-27">27.01.2024</time>
                    <span class="author">Jana Wolters</span></div>
                </div>
                <div class="footer">Imprint · Contact</div>""".formatted(TEXT));

        assertThat(visible.published()).isEqualTo(ArticleDate.of(LocalDate.of(2024, 1, 27)));
        assertThat(visible.bylines()).extracting(Byline::name).containsExactly("Jana Wolters");
    }

    @Test
    void anElementNamedBylineIsTheByline() {
        VisibleMetadata visible = read("""
                <div class="article"><p>Quelle: Hafenagentur</p><byline>Von Jana Wolters, hfa</byline>%s</div>"""
                .formatted(TEXT));

        assertThat(visible.bylines()).extracting(Byline::name).containsExactly("Jana Wolters");
    }

    @Test
    void theFooterOfATeaserIsNotTheArticles() {
        VisibleMetadata visible = read("""
                <div class="text">%s</div>
                <div class="more">
                  <article class="teaser"><a href="/a/1">Benches in the park</a>
                    <footer class="teaser-footer"><span class="date">12 January 2024</span> <span class="author">Ola Berg</span></footer></article>
                </div>""".formatted(TEXT));

        assertThat(visible.published()).isNull();
        assertThat(visible.bylines()).isEmpty();
    }

    @Test
    void theFooterOfThePageIsNotTheArticles() {
        VisibleMetadata visible = read("""
                <div class="text">%s</div>
                <div class="footer"><span class="date">6 December 2026</span></div>""".formatted(TEXT));

        assertThat(visible.published()).isNull();
    }

    @Test
    void aDateLineJustAboveTheHeadlineIsTheArticlesDate() {
        VisibleMetadata visible = read("""
                <div class="list"><article class="teaser"><a href="/a/9">Harbour fete called off</a>
                  <footer class="teaser-footer"><span>3 July 2023</span></footer></article></div>
                <div class="post">
                  <div class="meta"><a href="/writers/berg">Anna Berg</a> / 14.03.2023 / 06:15</div>
                  <div class="tools"><a href="#">Share</a> <a href="#">Print</a></div>
                  <h1>Harbour traffic falls by a tenth</h1>%s
                </div>""".formatted(TEXT));

        assertThat(visible.published()).isEqualTo(ArticleDate.of(LocalDate.of(2023, 3, 14)));
    }

    @Test
    void aTeasersDateAboveTheHeadlineIsNot() {
        VisibleMetadata visible = read("""
                <div class="list"><article class="teaser"><a href="/a/9">Harbour fete called off</a>
                  <footer class="teaser-footer"><span>3 July 2023</span></footer></article></div>
                <div class="post"><h1>Harbour traffic falls by a tenth</h1>%s</div>""".formatted(TEXT));

        assertThat(visible.published()).isNull();
    }
}

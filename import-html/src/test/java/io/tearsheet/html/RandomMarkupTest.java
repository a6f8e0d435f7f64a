package io.tearsheet.html;

import io.tearsheet.model.Article;
import io.tearsheet.read.ReadException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tag soup from a grammar of the pieces news pages are made of (unclosed and misnested tags, boilerplate class
 * names, links, images, scripts, any Unicode in the text): every read ends with a valid article or a
 * {@link ReadException}, never another exception.
 */
class RandomMarkupTest {
    private static final List<String> TAGS = List.of("div", "p", "span", "b", "i", "em", "a", "ul", "ol", "li",
            "table", "tr", "td", "blockquote", "figure", "figcaption", "h1", "h2", "h3", "aside", "nav", "header",
            "footer", "article", "section", "q", "small", "time", "pre", "font");
    private static final List<String> CLASSES = List.of("article-body", "share", "related", "comments", "byline",
            "caption", "credit", "ad-slot", "newsletter", "pullquote", "editors-note", "correction", "hidden",
            "story", "footer", "sidebar", "wp-caption", "dateline", "kicker", "dek");

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(80);
        Arbitrary<String> sentence = Arbitraries.of("The council met on Tuesday and agreed to keep the library open. ",
                "\"We listened,\" said Niall Gunn, the managing director. ", "By JANE DOE, Staff writer ",
                "BEIJING — Talks resumed. ", "Correction: An earlier version misstated the date. ",
                "Advertisement ", "March 3, 2024 ");
        Arbitrary<String> open = Arbitraries.of(TAGS).flatMap(tag -> Arbitraries.of(CLASSES)
                .map(cls -> "<" + tag + " class='" + cls + "' href='/x?y=1' src='img/" + cls + ".jpg'>"));
        Arbitrary<String> close = Arbitraries.of(TAGS).map(tag -> "</" + tag + ">");
        Arbitrary<String> other = Arbitraries.of("<br>", "<br><br>", "<hr>", "<img src='data:image/gif;base64,R0l'>",
                "<script>var x = '<p>no</p>';</script>", "<!-- saved from url=(0020)https://e.example/ -->",
                "<meta charset='windows-1252'>", "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                        + "\"headline\":\"H\",\"author\":[{\"name\":\"Ann Poe\"}]}</script>", "&amp;", "&#0;", "]]>");
        Arbitrary<String> piece = Arbitraries.oneOf(text, sentence, sentence, open, open, close, close, other);
        return piece.list().ofMaxSize(120).map(pieces -> "<html><body>" + String.join("", pieces));
    }

    @Property(tries = 300)
    void readsAnArticleOrRefusesThePage(@ForAll("pages") String page) {
        try {
            Article article = HtmlReader.create().read(page.getBytes(StandardCharsets.UTF_8));
            assertThat(article.metadata().headline()).isNotBlank();
        } catch (ReadException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}

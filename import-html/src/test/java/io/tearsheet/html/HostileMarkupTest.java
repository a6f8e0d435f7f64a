package io.tearsheet.html;

import io.tearsheet.model.Article;
import io.tearsheet.model.Block;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.Inline;
import io.tearsheet.model.InlineContainer;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Section;
import io.tearsheet.read.ReadException;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Markup built to hurt: nesting ten thousand deep, huge attributes and scripts, tens of thousands of paragraphs.
 * Each read must end (the timeouts only guard against a hang, they measure nothing) with an article or a
 * {@link ReadException}, and the article's trees must stay shallow.
 */
class HostileMarkupTest {
    private static final int DEEP = 10_000;
    private static final String TEXT = "The council met on Tuesday and agreed, after a long debate, to keep the "
            + "library open in the evenings for another year.";

    private static Article read(String html) {
        return HtmlReader.create().read(html.getBytes(StandardCharsets.UTF_8));
    }

    private static String nested(String open, String close, int depth, String inside) {
        StringBuilder html = new StringBuilder("<html><body><h1>Deep page</h1>");
        html.append(open.repeat(depth)).append(inside).append(close.repeat(depth));
        return html.append("<p>").append(TEXT).append("</p></body></html>").toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"div", "span", "b", "em", "a href='#'", "section", "font", "article", "li", "td",
            "figure", "aside", "header", "div class='byline'", "div class='date'", "span class='caption'",
            "div class='wp-caption'", "h2><div", "table><tr><td"})
    @Timeout(60)
    void survivesTenThousandNestedElements(String tag) {
        String name = tag.split("[ >]")[0];
        String open = "<" + tag + ">";
        String close = "</" + name + ">";
        Article article = readOrNull(nested(open, close, DEEP, "<p>" + TEXT + "</p>"));
        if (article != null) {
            assertThat(article.paragraphs()).isNotEmpty();
            assertShallow(article);
        }
    }

    /** The article, or null when the page was refused with a {@link ReadException} (the only exception allowed). */
    private static Article readOrNull(String html) {
        try {
            return read(html);
        } catch (ReadException e) {
            return null;
        }
    }

    @Test
    @Timeout(60)
    void survivesTenThousandNestedQuotations() {
        Article article = read(nested("<blockquote>", "</blockquote>", DEEP, "<p>" + TEXT + "</p>"));
        assertShallow(article);
    }

    @Test
    @Timeout(60)
    void survivesTenThousandNestedLists() {
        Article article = read(nested("<ul><li>" + TEXT, "</li></ul>", 2_000, ""));
        assertShallow(article);
    }

    @Test
    @Timeout(60)
    void survivesHundredThousandNestedInlines() {
        Article article = read(nested("<b><i>x ", "</i></b>", 50_000, TEXT));
        assertShallow(article);
    }

    @Test
    @Timeout(60)
    void survivesHugeAttributesAndScripts() {
        String huge = "x".repeat(5_000_000);
        String html = "<html><head><script>var data = '" + huge + "';</script>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"" + huge + "\"}</script>"
                + "</head><body><h1 class='" + huge + "'>Title</h1><p data-src='" + huge + "' style='" + huge + "'>"
                + TEXT + "</p><img src='a.jpg' srcset='" + huge + " 100w'><p>" + TEXT + "</p></body></html>";
        Article article = read(html);
        assertThat(article.paragraphs()).isNotEmpty();
    }

    @Test
    @Timeout(60)
    void survivesDeeplyNestedJsonLd() {
        String deep = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
        String html = "<html><head><script type='application/ld+json'>" + deep + "</script>"
                + "<script type='application/ld+json'>[" + "[".repeat(5_000) + "]".repeat(5_000) + "]</script>"
                + "</head><body><h1>Title</h1><p>" + TEXT + "</p></body></html>";
        assertThat(read(html).paragraphs()).isNotEmpty();
    }

    @Test
    @Timeout(120)
    void survivesFiftyThousandParagraphs() {
        StringBuilder html = new StringBuilder("<html><body><h1>Long page</h1><div>");
        for (int i = 0; i < 50_000; i++) {
            html.append("<p>").append(TEXT).append(' ').append(i).append("</p>");
        }
        Article article = read(html.append("</div></body></html>").toString());
        assertThat(article.paragraphs()).hasSize(50_000);
    }

    @Test
    @Timeout(60)
    void refusesDeepNestingWithoutText() {
        String html = "<html><body>" + "<div>".repeat(DEEP) + "</body></html>";
        assertThatThrownBy(() -> read(html)).isInstanceOf(ReadException.class);
    }

    /** No inline tree and no block-quote nesting in the article is deeper than a reader could ever mean. */
    private static void assertShallow(Article article) {
        for (Paragraph paragraph : article.paragraphs()) {
            assertThat(inlineDepth(paragraph.content())).isLessThanOrEqualTo(16);
        }
        for (Section section : article.sections()) {
            assertThat(quoteDepth(section.blocks())).isLessThanOrEqualTo(8);
        }
    }

    private static int inlineDepth(List<Inline> inlines) {
        int deepest = 0;
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {inlines, 1});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            int depth = (int) top[1];
            @SuppressWarnings("unchecked")
            List<Inline> level = (List<Inline>) top[0];
            for (Inline inline : level) {
                deepest = Math.max(deepest, depth);
                if (inline instanceof InlineContainer container) {
                    stack.push(new Object[] {container.content(), depth + 1});
                }
            }
        }
        return deepest;
    }

    private static int quoteDepth(List<Block> blocks) {
        int deepest = 0;
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {blocks, 0});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            int depth = (int) top[1];
            deepest = Math.max(deepest, depth);
            @SuppressWarnings("unchecked")
            List<Block> level = (List<Block>) top[0];
            for (Block block : level) {
                if (block instanceof BlockQuote quote) {
                    stack.push(new Object[] {quote.blocks(), depth + 1});
                }
            }
        }
        return deepest;
    }
}

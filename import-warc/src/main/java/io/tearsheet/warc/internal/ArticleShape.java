package io.tearsheet.warc.internal;

import io.tearsheet.model.Article;
import io.tearsheet.model.Blocks;
import io.tearsheet.model.Inline;
import io.tearsheet.model.InlineContainer;
import io.tearsheet.model.InlineHandler;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.Link;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.SectionKind;
import io.tearsheet.model.Text;

import java.util.List;
import java.util.Optional;

/**
 * Tells an article from the other pages a crawl holds. A reader finds some text on nearly any page; on an index or
 * tag page that text is a list of links to articles, and on an error page it is a sentence or two. A page whose
 * running text is shorter than a small minimum, or mostly the text of links, is no article.
 */
public final class ArticleShape {
    private ArticleShape() {
    }

    /**
     * Why {@code article} is not an article, or empty when it is one.
     *
     * @param minWords     the fewest words of running text an article has
     * @param maxLinkShare the largest share of its running text that may be link text
     */
    public static Optional<String> notAnArticle(Article article, int minWords, double maxLinkShare) {
        int[] words = {0};
        int[] linked = {0};
        for (Paragraph paragraph : Blocks.paragraphs(article.sections().stream()
                .filter(s -> s.kind() == SectionKind.BODY).toList())) {
            count(paragraph.content(), words, linked);
        }
        if (words[0] < minWords) {
            return Optional.of("no article found: the page has " + words[0] + " words of running text, fewer than "
                    + minWords);
        }
        if (linked[0] > maxLinkShare * words[0]) {
            return Optional.of("no article found: " + Math.round(100.0 * linked[0] / words[0])
                    + "% of the page's running text is links (an index or tag page)");
        }
        return Optional.empty();
    }

    private static void count(List<Inline> content, int[] words, int[] linked) {
        int[] depth = {0};
        Inlines.walk(content, new InlineHandler() {
            @Override
            public void text(Text text) {
                int n = wordCount(text.text());
                words[0] += n;
                if (depth[0] > 0) {
                    linked[0] += n;
                }
            }

            @Override
            public void enter(InlineContainer container) {
                if (container instanceof Link) {
                    depth[0]++;
                }
            }

            @Override
            public void leave(InlineContainer container) {
                if (container instanceof Link) {
                    depth[0]--;
                }
            }
        });
    }

    /** Words as runs of letters and digits; in scripts written without spaces, each ideograph or syllable counts. */
    static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isIdeographic(cp) || isSyllabic(cp)) {
                count++;
                inWord = false;
                continue;
            }
            boolean letter = Character.isLetterOrDigit(cp);
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    private static boolean isSyllabic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.THAI;
    }
}

package io.tearsheet.epub;

import io.tearsheet.model.Article;
import io.tearsheet.testing.MultilingualArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The article quoting people in every major script, as an ebook. */
class MultilingualEpubTest {
    private static byte[] epub;
    private static String xhtml;

    @BeforeAll
    static void export() throws Exception {
        Article article = MultilingualArticle.article();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EpubExporter().export(article, out);
        epub = out.toByteArray();
        xhtml = Epubs.file(epub, "article.xhtml");
    }

    @Test
    void passesEpubcheck() {
        assertThat(EpubValidator.messages(epub)).isEmpty();
    }

    @Test
    void quotationsInAnotherScriptCarryTheirLanguage() {
        for (String tag : new String[]{"el", "und-Cyrl", "und-Arab", "he", "und-Deva", "und-Beng", "und-Taml",
                "th", "und-Hani", "ja", "ko", "ka", "hy", "und-Ethi"}) {
            assertThat(xhtml).contains("lang=\"" + tag + "\" xml:lang=\"" + tag + "\"");
        }
    }

    @Test
    void englishTextIsNotTagged() {
        assertThat(xhtml).doesNotContain("lang=\"und-Latn\"");
        assertThat(xhtml).containsPattern("<p( id=\"[^\"]+\")?>Next year, the organisers said");
    }

    @Test
    void theRightToLeftParagraphSaysSo() {
        assertThat(xhtml).contains("lang=\"he\" xml:lang=\"he\" dir=\"rtl\">אנו מזמינים");
    }
}

package io.tearsheet.warc;

import io.tearsheet.model.Article;
import io.tearsheet.read.NoArticleException;
import io.tearsheet.read.PlainTextReader;
import io.tearsheet.read.ReadException;
import io.tearsheet.warc.testing.Captured;
import io.tearsheet.warc.testing.OurPages;
import io.tearsheet.warc.testing.TestWarc;
import io.tearsheet.warc.testing.TextDumps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** WET files, the text Common Crawl extracts from pages, go through the plain-text reader. */
class WetFilesTest {
    @TempDir
    Path dir;

    @Test
    void conversionRecordsReadAsTheTextDumpsThemselves() throws Exception {
        Path file = dir.resolve("crawl.warc.wet.gz");
        Map<String, String> dumps = new HashMap<>();
        Map<String, Captured> records = new HashMap<>();
        try (TestWarc wet = TestWarc.create(file)) {
            wet.warcinfo();
            for (String name : OurPages.names()) {
                String url = OurPages.url(name);
                dumps.put(url, TextDumps.dump(OurPages.page(name)));
                records.put(url, wet.conversion(url, TestWarc.day(), dumps.get(url)));
            }
        }
        ArchiveListing listing = WarcArticles.create().list(List.of(file));
        assertThat(listing.pages()).hasSize(OurPages.names().size());
        assertThat(listing.notes()).containsExactly(file + ": " + (OurPages.names().size() + 1) + " records, "
                + OurPages.names().size() + " to read; left out 1 warcinfo");
        int articles = 0;
        for (ArchivedPage page : listing.pages()) {
            String url = page.record().targetUri();
            Article direct;
            try {
                direct = PlainTextReader.create().read(dumps.get(url).getBytes(StandardCharsets.UTF_8));
            } catch (ReadException e) {
                // a page whose text is not in <p> elements (an app shell) dumps to a headline alone
                assertThatThrownBy(page::read).as(url).isInstanceOf(NoArticleException.class);
                continue;
            }
            if (words(direct) < WarcArticles.DEFAULT_MIN_WORDS) {
                // a shell that loads its article with scripts: its text holds a word or two
                assertThatThrownBy(page::read).as(url).isInstanceOf(NoArticleException.class)
                        .hasMessageContaining("words of running text");
                continue;
            }
            Article article = page.read();
            assertThat(article).isEqualTo(new Article(direct.metadata(), direct.sections(), direct.sources(),
                    direct.quotes(), direct.provenance().toBuilder().archive(article.provenance().archive()).build()));
            assertThat(article.provenance().archive().recordType()).isEqualTo("conversion");
            assertThat(article.provenance().archive().offset()).isEqualTo(records.get(url).offset());
            articles++;
        }
        assertThat(articles).isGreaterThan(OurPages.names().size() * 3 / 4);
    }

    private static long words(Article article) {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");
        return article.paragraphs().stream().map(p -> io.tearsheet.model.Inlines.plainText(p.content()))
                .mapToLong(text -> word.matcher(text).results().count()).sum();
    }

    @Test
    void textWithOneBlockPerLineHasALineAParagraph() throws Exception {
        Path file = dir.resolve("lines.wet");
        String name = "wp-gutenberg-footbridge";
        try (TestWarc wet = TestWarc.create(file)) {
            wet.conversion(OurPages.url(name), TestWarc.day(), TextDumps.lines(OurPages.page(name)));
        }
        Article article = WarcArticles.create().list(List.of(file)).pages().get(0).read();
        Article direct = PlainTextReader.create().read(TextDumps.dump(OurPages.page(name))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(article.metadata()).isEqualTo(direct.metadata());
        assertThat(article.sections()).isEqualTo(direct.sections());
        assertThat(article.provenance().notes()).anyMatch(note -> note.startsWith("each line of the extracted text"));
    }
}

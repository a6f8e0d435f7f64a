package io.tearsheet.html;

import io.tearsheet.io.Sha256;
import io.tearsheet.model.Article;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Block;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Link;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Removal;
import io.tearsheet.model.Section;
import io.tearsheet.read.ArticleReader;
import io.tearsheet.read.ReadException;
import io.tearsheet.read.conventions.RemovalReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlReaderTest {
    private static final String STORY = """
            <p>The ferry to Skerrow Island will keep its late sailing through the winter, the operator said on Tuesday,
            after residents and the island's doctor asked it to reconsider.</p>
            <p>The sailing carries fewer than a dozen passengers on most winter nights, but it is the only way home for
            patients discharged from the mainland hospital in the afternoon.</p>
            """;

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Late ferry stays</title></head>"
                + "<body><h1>Late ferry stays</h1>" + body + "</body></html>";
    }

    private static byte[] bytes(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsHtmlMediaType() {
        assertThat(HtmlReader.create().mediaType()).isEqualTo("text/html");
    }

    @Test
    void isFoundByServiceLoader() {
        List<String> readers = new ArrayList<>();
        for (ArticleReader reader : ServiceLoader.load(ArticleReader.class)) {
            readers.add(reader.mediaType());
        }
        assertThat(readers).contains("text/html");
    }

    @Test
    void readsParagraphsAndHeadline() {
        Article article = HtmlReader.create().read(bytes(page(STORY)));
        assertThat(article.metadata().headline()).isEqualTo("Late ferry stays");
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.paragraphs().get(0).plainText()).startsWith("The ferry to Skerrow Island will keep");
        assertThat(article.metadata().language()).isEqualTo("en");
    }

    @Test
    void takesNoDeckFromUnderASitesNameHeading() {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Late ferry stays</title>"
                + "</head><body><header><h1><a href='/'>Harbour Notes</a></h1><p class='sub_title'>A blog about boats,"
                + " tides and the weather</p></header><article><h2>Late ferry stays</h2>" + STORY
                + "</article></body></html>";
        Article article = HtmlReader.create().read(bytes(html));
        assertThat(article.metadata().headline()).isEqualTo("Late ferry stays");
        assertThat(article.metadata().deck()).isNull();
        // where the title names the site too, the site's heading is still not the headline
        Article titled = HtmlReader.create().read(bytes(html.replace("<title>Late ferry stays", "<title>Harbour Notes"
                + " » Late ferry stays").replace("<h2>Late ferry stays</h2>", "")));
        assertThat(titled.metadata().headline()).isNotEqualTo("Harbour Notes");
    }

    @Test
    void takesTheDeckFromBetweenTheHeadlineAndTheText() {
        String caption = "<figure><img src='ferry.jpg' alt=''><figcaption><div class='description'>The ferry at the"
                + " pier on a winter night</div></figcaption></figure>";
        assertThat(HtmlReader.create().read(bytes(page(caption + STORY))).metadata().deck()).isNull();
        String footer = "<p>" + "The sailing carries a doctor's patients home, and the operator counted them. ".repeat(3)
                + "</p><footer><p class='site-description'>News from the islands of the north</p></footer>";
        assertThat(HtmlReader.create().read(bytes(page(STORY + footer))).metadata().deck()).isNull();
        String hook = "<div class='article-hook'>Residents and the island's doctor won the winter sailing back</div>";
        assertThat(HtmlReader.create().read(bytes(page(hook + STORY))).metadata().deck())
                .isEqualTo("Residents and the island’s doctor won the winter sailing back");
    }

    @Test
    void keepsTheLedeAboveTheHeroImageAsTheDeck() {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Late ferry stays</title>"
                + "</head><body><div class='article-header'><h1>Late ferry stays</h1><p class='lead'>Residents and the"
                + " island's doctor won the winter sailing back after a month of letters.</p></div><article>"
                + "<figure><img src='ferry.jpg' alt=''></figure>" + STORY + "</article></body></html>";
        Article article = HtmlReader.create().read(bytes(html));
        assertThat(article.metadata().deck()).startsWith("Residents and the island");
        assertThat(ArticleText.body(article)).doesNotContain("Residents and the island");
    }

    @Test
    void keepsAPagesOnlyParagraphInTheBodyEvenWhereItIsNamedTheIntro() {
        String body = "<p class='intro'>The ferry to Skerrow Island will keep its late sailing through the winter, the"
                + " operator said on Tuesday, after residents asked it to.</p><audio src='ferry.mp3'></audio>";
        Article article = HtmlReader.create().read(bytes(page(body)));
        assertThat(ArticleText.body(article)).contains("keep its late sailing");
        assertThat(article.metadata().deck()).isNull();
    }

    @Test
    void dropsFurnitureSetAsAHeading() {
        String body = "<div class='story'>" + STORY + "<h3>Subscribe to email updates</h3><h3>What are cookies?</h3>"
                + "<h3>What the operator said</h3><p>The operator will review the late sailing again in the spring, when"
                + " the new timetable is drawn up.</p></div>";
        Article article = HtmlReader.create().read(bytes(page(body)));
        assertThat(ArticleText.body(article)).doesNotContain("Subscribe").doesNotContain("cookies")
                .contains("What the operator said");
    }

    @Test
    void listsEveryAuthorOfThePrintedBylineWhereJsonLdNamesTheFirstOnlyAndNoPhotographer() {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Late ferry stays</title>"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Late ferry stays\",\"author\":{\"@type\":\"Person\",\"name\":\"Ann Poe\"}}</script>"
                + "</head><body><article><h1>Late ferry stays</h1><div class='meta'><span class='vcard author'>"
                + "<span class='fn'>By Ann Poe, Lee Chu</span></span></div><figure><img src='ferry.jpg' alt=''>"
                + "<figcaption>The ferry at the pier. <span itemprop='author'>Tom Reyes</span></figcaption></figure>"
                + STORY + "</article></body></html>";
        Article article = HtmlReader.create().read(bytes(html));
        assertThat(article.metadata().bylines()).extracting(Byline::name).containsExactly("Ann Poe", "Lee Chu");
        String photographed = page("<figure><img src='ferry.jpg' alt=''><figcaption>The ferry at the pier. <span"
                + " itemprop='author'>Tom Reyes</span></figcaption></figure>" + STORY);
        assertThat(HtmlReader.create().read(bytes(photographed)).metadata().bylines()).isEmpty();
    }

    @Test
    void joinsAParagraphThatAnAdvertisingSlotCutInTwo() {
        String body = "<div class='story'>" + STORY + "<p>The operator said it would review the winter sailing again"
                + " once the harbour board has published <span><div class='ad-slot'><div class='advertisement'>Buy"
                + " tickets</div></div></span> its report on the new pier.</p><p>Sehr geehrte Damen und Herren,</p>"
                + "<p>wir danken Ihnen für die vielen Briefe zur späten Fähre und antworten allen bis Freitag.</p>"
                + "</div>";
        List<String> paragraphs = HtmlReader.create().read(bytes(page(body))).paragraphs().stream()
                .map(Paragraph::plainText).toList();
        assertThat(paragraphs).anyMatch(p -> p.startsWith("The operator said") && p.endsWith("on the new pier."))
                .contains("Sehr geehrte Damen und Herren,");
    }

    @Test
    void takesNoDeckFromAnotherStorysLinkedHeadline() {
        String body = "<div class='story'>" + STORY + "</div><div class='more'><h2 class='mod-subtitle'><a href='/pier'>"
                + "Old pier to close for repairs next spring</a></h2><p>Engineers found the piles worn through.</p></div>";
        Article article = HtmlReader.create().read(bytes(page(body)));
        assertThat(article.metadata().deck()).isNull();
    }

    @Test
    void recordsProvenance() {
        byte[] input = bytes(page("<nav><a href='/a'>News</a> <a href='/b'>Sport</a></nav>" + STORY
                + "<div class='share-bar'>Share this story on Facebook</div>"));
        Article article = HtmlReader.create().read(input);
        assertThat(article.provenance().inputSha256()).isEqualTo(Sha256.hex(input));
        assertThat(article.provenance().mediaType()).isEqualTo("text/html");
        assertThat(article.provenance().reader()).isEqualTo("tearsheet-html");
        assertThat(article.provenance().removed()).extracting(Removal::reason).contains("navigation", "share");
    }

    @Test
    void namesWhatItRemovesInTheVocabularyEveryReaderShares() {
        Article article = HtmlReader.create().read(bytes(page("<div class='ad-slot'>Buy a boat</div>" + STORY
                + "<p>Advertisement</p><p>4 min read</p>" + STORY.replace("ferry", "boat"))));
        assertThat(article.provenance().removed()).extracting(Removal::reason)
                .contains("advertisement", "reading-aid")
                .allSatisfy(reason -> assertThat(RemovalReason.ofLabel(reason)).as(reason).isNotNull());
    }

    @Test
    void takesTheAuthorsBioOffTheEndOfTheBody() {
        String body = "<p class='byline'>By Ines Lacroix</p>" + STORY
                + "<h3>About the author</h3><p>Ines Lacroix</p>"
                + "<p>Ines Lacroix écrit sur les transports et les îles pour le journal depuis 2015.</p>";
        Article article = HtmlReader.create().read(bytes(page(body)));
        assertThat(article.metadata().bylines()).extracting(Byline::name).containsExactly("Ines Lacroix");
        assertThat(ArticleText.body(article)).doesNotContain("écrit sur").doesNotContain("About the author")
                .contains("patients discharged");
        assertThat(article.provenance().removed()).extracting(Removal::reason).contains("bio");
    }

    @Test
    void readsABylineWhoseOpenerStandsInAParagraphOfItsOwn() {
        String body = "<p><strong>By</strong></p><p>Ines Lacroix</p>" + STORY;
        Article article = HtmlReader.create().read(bytes(page(body)));
        assertThat(article.metadata().bylines()).extracting(Byline::name).containsExactly("Ines Lacroix");
        assertThat(article.metadata().deck()).isNull();
        assertThat(ArticleText.body(article)).doesNotContain("Ines Lacroix").startsWith("The ferry to Skerrow");
    }

    @Test
    void readsTheNameInOnePartOfADatedLineUnderOrAboveTheHeadline() {
        String items = "<ul class='post-info'><li>Inseln</li><li>3. März 2026</li><li>Ines Lacroix</li>"
                + "<li>2 Kommentare</li></ul>" + STORY;
        Article under = HtmlReader.create().read(bytes(page(items)));
        String above = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Late ferry stays"
                + "</title></head><body><small>03.03.2026 | 09:15 Uhr | Ines Lacroix</small><h1>Late ferry stays</h1>"
                + STORY + "</body></html>";
        Article over = HtmlReader.create().read(bytes(above));

        assertThat(under.metadata().bylines()).extracting(Byline::name).containsExactly("Ines Lacroix");
        assertThat(over.metadata().bylines()).extracting(Byline::name).containsExactly("Ines Lacroix");
        assertThat(ArticleText.body(under)).doesNotContain("Ines Lacroix").startsWith("The ferry to Skerrow");
    }

    @Test
    void readsTheNamesInTheBlockUnderACreditLabelSetAsAHeading() {
        String html = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Late ferry stays</title>"
                + "</head><body><h1><a href=\"/\">Island Gazette</a></h1><header><h2><strong itemprop=\"headline\">"
                + "Late ferry stays</strong></h2><p>The operator keeps the winter sailing after all.</p></header>"
                + "<section><h3>Information</h3><div><h4>Autor</h4><p><a href=\"/profil/ines\">Ines Lacroix</a>"
                + "<b>, </b></p></div></section><div class=\"text\">" + STORY + "</div></body></html>";
        Article article = HtmlReader.create().read(bytes(html));

        assertThat(article.metadata().bylines()).extracting(Byline::name).containsExactly("Ines Lacroix");
    }

    @Test
    void leavesOutAnotherStorySetIntoTheArticle() {
        String body = "<div class='story'>" + STORY + "<div class='factbox'><h3>Harbour dues to rise in spring</h3>"
                + "<div><p>By Tom Reyes for the Island Gazette</p><p>Harbour dues will rise by a tenth in April, the"
                + " port authority said on Monday, the first rise in six years.</p><p>Fishing boats under ten metres"
                + " will be spared the increase, which the authority said would pay for dredging.</p></div></div>"
                + "<p>The operator will review the late sailing again in the spring, when the new timetable is"
                + " drawn up and the summer boats return.</p></div>";
        Article article = HtmlReader.create().read(bytes(page(body)));
        assertThat(ArticleText.body(article)).doesNotContain("Harbour dues").doesNotContain("Tom Reyes")
                .contains("patients discharged").contains("review the late sailing");
    }

    @Test
    void leavesOutATeaserForAnotherStorySetIntoTheArticle() {
        String body = "<div class='story' itemprop='articleBody'>" + STORY + "<aside class='rich-link'><h2>Harbour dues to rise in spring</h2>"
                + "<div>Read more</div><a class='overlay' href='/news/harbour-dues' aria-label='Harbour dues'></a>"
                + "</aside><p>The operator will review the late sailing again in the spring, when the new timetable is"
                + " drawn up and the summer boats return.</p></div>";
        Article article = HtmlReader.create().read(bytes(page(body)));
        assertThat(ArticleText.body(article)).doesNotContain("Harbour dues").doesNotContain("Read more")
                .contains("review the late sailing");
        assertThat(article.provenance().removed()).extracting(Removal::reason).contains("related");
    }

    @Test
    void leavesOutARowOfTeaserCardsWhoseHeadlinesStandBelowADate() {
        String card = "<article><a class='image' href='/news/%s'><img src='%s.jpg' alt=''></a><div>12 Nov 2024</div>"
                + "<div>Islands</div><h2><a href='/news/%s'>%s</a></h2><p>%s</p></article>";
        String body = "<div class='story'>" + STORY + "<div class='more'>"
                + card.formatted("dues", "dues", "dues", "Harbour dues to rise in spring",
                        "The port authority wants a tenth more from every boat, the first rise in six years.")
                + card.formatted("pier", "pier", "pier", "Old pier to close for repairs",
                        "Engineers found the timber piles worn through at the waterline last month.")
                + "</div></div>";
        Article article = HtmlReader.create().read(bytes(page(body)));
        assertThat(ArticleText.body(article)).contains("patients discharged")
                .doesNotContain("Harbour dues").doesNotContain("timber piles").doesNotContain("Islands");
    }

    @Test
    void givesTheSameArticleForTheSameBytes() {
        byte[] input = bytes(page(STORY + "<figure><img src='a.jpg' alt='A ferry'><figcaption>The ferry. Photo: Ann Poe"
                + "</figcaption></figure>"));
        assertThat(HtmlReader.create().read(input)).isEqualTo(HtmlReader.create().read(input));
    }

    @Test
    void resolvesLinksAgainstThePageAddress() {
        String body = "<p>The operator's statement, published on <a href='/news/ferry'>its website</a> on Tuesday, said "
                + "the winter timetable would not change. <a href='javascript:void(0)'>Tap here</a> for more.</p>"
                + STORY;
        Article article = HtmlReader.create().read(bytes(page(body)), URI.create("https://example.org/2024/story"));
        List<String> hrefs = links(article);
        assertThat(hrefs).containsExactly("https://example.org/news/ferry");
    }

    @Test
    void usesTheBuilderAddressWhenTheCallGivesNone() {
        String body = "<p>The statement is on <a href='statement.html'>the operator's site</a>, and it was written "
                + "in plain words for once, which passengers said they appreciated.</p>" + STORY;
        Article article = HtmlReader.builder().baseUri("https://example.org/news/").build().read(bytes(page(body)));
        assertThat(links(article)).containsExactly("https://example.org/news/statement.html");
    }

    @Test
    void curlsQuotationMarksAcrossFormatting() {
        String body = "<p>\"We <em>listened</em>,\" said Niall Gunn, the operator's managing director, on Tuesday "
                + "evening at the pier.</p>" + STORY;
        Article article = HtmlReader.create().read(bytes(page(body).replace("Late ferry stays</h1>",
                "Late ferry 'stays'</h1>")));
        assertThat(article.paragraphs().get(0).plainText())
                .startsWith("“We listened,” said Niall Gunn, the operator’s managing director");
    }

    @Test
    void findsQuotationsWithTheSharedPass() {
        String body = "<p>\"We listened, and we found a way to make the numbers work,\" said Niall Gunn, the "
                + "operator's managing director.</p>" + STORY;
        Article article = HtmlReader.create().read(bytes(page(body)));
        assertThat(article.quotes()).hasSize(1);
        assertThat(article.sources()).extracting(io.tearsheet.model.Source::name).containsExactly("Niall Gunn");
    }

    @Test
    void countsAPullQuoteOnce() {
        String body = "<p>\"We listened, and we found a way to make the numbers work,\" said Niall Gunn, the "
                + "operator's managing director.</p><aside class='pull-quote'><p>\"We listened, and we found a way "
                + "to make the numbers work\"</p></aside>" + STORY + "<p>\"It sounds like a small thing,\" said "
                + "Dr Amara Sesay, who runs the island's surgery.</p>";
        Article article = HtmlReader.create().read(bytes(page(body)));
        assertThat(article.quotes()).hasSize(2);
        assertThat(article.quotes().get(1).paragraph()).isEqualTo(article.paragraphs().size() - 1);
        assertThat(article.sections().get(0).blocks())
                .anySatisfy(block -> assertThat(block).isInstanceOfSatisfying(io.tearsheet.model.BlockQuote.class,
                        quote -> assertThat(quote.pullQuote()).isTrue()));
    }

    @Test
    void keepsAllOfAnArticleMadeOfLists() {
        StringBuilder body = new StringBuilder("<div class='entry'><p>Notes from Sunday's game.</p>");
        for (String team : new String[] {"Defense", "Offense", "Special teams"}) {
            body.append("<h3>").append(team).append("</h3><ul>");
            for (int i = 1; i <= 5; i++) {
                body.append("<li>Player ").append(i).append(" of the ").append(team.toLowerCase(java.util.Locale.ROOT))
                        .append(" played most of the snaps and was steady in the second half, as he was last week.</li>");
            }
            body.append("</ul><div class='ad-slot'>Advertisement</div>");
        }
        body.append("</div><aside class='rail'><ul><li><a href='/a'>Another story</a></li></ul></aside>");
        Article article = HtmlReader.create().read(bytes(page(body.toString())));
        long lists = article.sections().get(0).blocks().stream()
                .filter(block -> block instanceof io.tearsheet.model.ListBlock).count();
        assertThat(lists).isEqualTo(3);
    }

    @Test
    void refusesRelativeBaseUri() {
        assertThatThrownBy(() -> HtmlReader.builder().baseUri("news/story"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HtmlReader.create().read(bytes(page(STORY)), URI.create("story.html")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNonPositiveLimit() {
        assertThatThrownBy(() -> HtmlReader.builder().maxInputBytes(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesInputAboveTheLimit() {
        HtmlReader reader = HtmlReader.builder().maxInputBytes(100).build();
        assertThatThrownBy(() -> reader.read(bytes(page(STORY))))
                .isInstanceOf(ReadException.class).hasMessageContaining("more than the limit of 100");
    }

    @Test
    void refusesFileAboveTheLimitBeforeReadingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.html");
        Files.writeString(file, page(STORY));
        HtmlReader reader = HtmlReader.builder().maxInputBytes(100).build();
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ReadException.class)
                .hasMessageContaining("more than the limit");
    }

    @Test
    void refusesEmptyInput() {
        assertThatThrownBy(() -> HtmlReader.create().read(new byte[0]))
                .isInstanceOf(ReadException.class).hasMessageContaining("empty");
    }

    @Test
    void refusesBinaryFilesByName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> HtmlReader.create().read(png))
                .isInstanceOf(ReadException.class).hasMessageContaining("PNG");
        assertThatThrownBy(() -> HtmlReader.create().read(bytes("%PDF-1.7\n%\u00e2\u00e3")))
                .isInstanceOf(ReadException.class).hasMessageContaining("PDF");
    }

    @Test
    void refusesTextWithControlCharacters() {
        byte[] noise = new byte[2000];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i % 7 == 0 ? 0 : 'a');
        }
        assertThatThrownBy(() -> HtmlReader.create().read(noise))
                .isInstanceOf(ReadException.class).hasMessageContaining("binary");
    }

    @Test
    void refusesTextWithoutMarkup() {
        assertThatThrownBy(() -> HtmlReader.create().read(bytes("Just a line of text.\nAnd another one.")))
                .isInstanceOf(ReadException.class).hasMessageContaining("no HTML tags");
        assertThatThrownBy(() -> HtmlReader.create().read(bytes("{\"format\": \"tearsheet-article\"}")))
                .isInstanceOf(ReadException.class).hasMessageContaining("JSON");
    }

    @Test
    void refusesPageWithoutArticle() {
        String menuOnly = page("<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
                + "<footer>© 2024 Example</footer>");
        assertThatThrownBy(() -> HtmlReader.create().read(bytes(menuOnly)))
                .isInstanceOf(ReadException.class).hasMessageContaining("no article found");
    }

    @Test
    void readsUtf16WithByteOrderMark() {
        byte[] encoded = page(STORY.replace("island's", "île's")).getBytes(StandardCharsets.UTF_16LE);
        byte[] input = new byte[encoded.length + 2];
        input[0] = (byte) 0xFF;
        input[1] = (byte) 0xFE;
        System.arraycopy(encoded, 0, input, 2, encoded.length);
        assertThat(HtmlReader.create().read(input).paragraphs().get(0).plainText()).contains("île");
    }

    @Test
    void readsTheDeclaredCharset() {
        String html = page(STORY.replace("Tuesday", "Tuesday — café"))
                .replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">");
        Article article = HtmlReader.create().read(html.getBytes(Charset.forName("windows-1252")));
        assertThat(article.paragraphs().get(0).plainText()).contains("Tuesday — café");
    }

    @Test
    void fallsBackToWindows1252WhenUndeclaredBytesAreNotUtf8() {
        String html = page(STORY.replace("Tuesday", "Tuesday in Malmö")).replace("<meta charset=\"utf-8\">", "");
        Article article = HtmlReader.create().read(html.getBytes(Charset.forName("windows-1252")));
        assertThat(article.paragraphs().get(0).plainText()).contains("Malmö");
        assertThat(article.provenance().notes()).anyMatch(note -> note.contains("windows-1252"));
    }

    @Test
    void keepsImagesSavedBesideThePageAndNotesMissingOnes(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("story_files"));
        Files.write(dir.resolve("story_files/ferry.jpg"), new byte[] {1, 2, 3});
        String body = STORY + "<figure><img src='story_files/ferry.jpg' alt='The ferry'><figcaption>At the pier."
                + "</figcaption></figure><p>Around 140 people live on the island year-round, and the school has nine "
                + "pupils.</p><figure><img src='story_files/pier.jpg' alt='The pier'></figure>";
        Path file = dir.resolve("story.html");
        Files.writeString(file, page(body));
        Article article = HtmlReader.create().read(file, URI.create("https://example.org/news/story.html"));
        List<String> sources = figures(article).stream().map(Figure::source).toList();
        assertThat(sources).containsExactly("story_files/ferry.jpg", "https://example.org/news/story_files/pier.jpg");
        assertThat(article.provenance().notes())
                .anyMatch(note -> note.contains("story_files/pier.jpg") && note.contains("not available locally"));
    }

    @Test
    void neverPointsAtFilesOutsideThePageFolder(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("secret.jpg"), new byte[] {1});
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Path file = pages.resolve("story.html");
        Files.writeString(file, page(STORY + "<figure><img src='../secret.jpg' alt='x'></figure>"));
        Article article = HtmlReader.create().read(file);
        assertThat(figures(article)).isEmpty();
        assertThat(article.provenance().notes()).anyMatch(note -> note.contains("../secret.jpg was left out"));
    }

    @Test
    void dropsCommentsAnnouncedByAPlainBlockAfterTheStory() {
        Article article = HtmlReader.create().read(bytes(page("<div class='post'>" + STORY
                + "<div class='hd'>Comments</div><div><p>I took that ferry every winter as a boy and it never once"
                + " ran late, whatever the weather said.</p></div></div>")));
        assertThat(text(article)).doesNotContain("every winter as a boy");
        assertThat(article.provenance().removed()).extracting(Removal::reason).contains("comments");
    }

    @Test
    void dropsCommentsAnnouncedAsThoughtsOnTheStory() {
        Article article = HtmlReader.create().read(bytes(page("<div class='post'>" + STORY + "</div><div>"
                + "<h3>4 thoughts on \u201cLate ferry stays\u201d</h3><p>I took that ferry every winter as a boy and it"
                + " never once ran late, whatever the weather said.</p></div>")));
        assertThat(text(article)).doesNotContain("every winter as a boy");
    }

    private static String text(Article article) {
        StringBuilder out = new StringBuilder();
        for (Paragraph paragraph : article.paragraphs()) {
            out.append(paragraph.plainText()).append('\n');
        }
        return out.toString();
    }

    private static List<Figure> figures(Article article) {
        List<Figure> figures = new ArrayList<>();
        for (Section section : article.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Figure figure) {
                    figures.add(figure);
                }
            }
        }
        return figures;
    }

    private static List<String> links(Article article) {
        List<String> hrefs = new ArrayList<>();
        for (Paragraph paragraph : article.paragraphs()) {
            for (Inline inline : paragraph.content()) {
                if (inline instanceof Link link) {
                    hrefs.add(link.href());
                }
            }
        }
        return hrefs;
    }
}

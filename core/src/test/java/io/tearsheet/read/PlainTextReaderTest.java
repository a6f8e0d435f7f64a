package io.tearsheet.read;

import io.tearsheet.Tearsheet;
import io.tearsheet.io.Sha256;
import io.tearsheet.model.Article;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Quote;
import io.tearsheet.model.QuoteKind;
import io.tearsheet.model.Removal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainTextReaderTest {
    private static final String ARTICLE = """
            Tide Clocks Return to the Harbour

            The clocks are back on the harbour wall, and the town is glad of them.

            "We missed them more than we knew," said Jane Doe, who runs the chandlery.
            """;

    private final PlainTextReader reader = PlainTextReader.create();

    private static byte[] bytes(String text, Charset charset, int... prefix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b : prefix) {
            out.write(b);
        }
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    private static List<String> paragraphs(Article article) {
        return article.bodyBlocks().stream().map(b -> ((Paragraph) b).plainText()).toList();
    }

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() {
        Article plain = reader.read(bytes(ARTICLE, StandardCharsets.UTF_8));
        Article bom = reader.read(bytes(ARTICLE, StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF));
        assertThat(bom.metadata()).isEqualTo(plain.metadata());
        assertThat(paragraphs(bom)).isEqualTo(paragraphs(plain)).hasSize(2);
    }

    @Test
    void decodesUtf16WithEitherByteOrderMark() {
        Article expected = reader.read(bytes(ARTICLE, StandardCharsets.UTF_8));
        Article little = reader.read(bytes(ARTICLE, StandardCharsets.UTF_16LE, 0xFF, 0xFE));
        Article big = reader.read(bytes(ARTICLE, StandardCharsets.UTF_16BE, 0xFE, 0xFF));
        assertThat(paragraphs(little)).isEqualTo(paragraphs(expected));
        assertThat(paragraphs(big)).isEqualTo(paragraphs(expected));
        assertThat(little.provenance().notes()).anyMatch(n -> n.contains("UTF-16"));
    }

    @Test
    void readsCrlfAndCrLineBreaksLikeLf() {
        Article lf = reader.read(ARTICLE);
        assertThat(paragraphs(reader.read(ARTICLE.replace("\n", "\r\n")))).isEqualTo(paragraphs(lf));
        assertThat(paragraphs(reader.read(ARTICLE.replace("\n", "\r")))).isEqualTo(paragraphs(lf));
    }

    @Test
    void turnsNonBreakingSpacesIntoPlainSpaces() {
        Article article = reader.read(ARTICLE.replace("the harbour wall", "the\u00A0harbour\u00A0wall"));
        assertThat(paragraphs(article).get(0)).contains("the harbour wall");
        assertThat(article.provenance().notes()).anyMatch(n -> n.contains("non-breaking"));
    }

    @Test
    void refusesBinaryFilesByTheirSignatures() {
        assertThatThrownBy(() -> reader.read(bytes("%PDF-1.7\n...", StandardCharsets.US_ASCII)))
                .isInstanceOf(ReadException.class).hasMessageContaining("PDF");
        assertThatThrownBy(() -> reader.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}))
                .isInstanceOf(ReadException.class).hasMessageContaining("PNG");
        assertThatThrownBy(() -> reader.read(new byte[] {'P', 'K', 3, 4, 20, 0}))
                .isInstanceOf(ReadException.class).hasMessageContaining("zip");
    }

    @Test
    void refusesNulBytesNamingWhere() {
        byte[] input = bytes("Headline\n\nA paragraph\u0000 with a NUL.", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(input))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.location()).isEqualTo("byte 21, line 3"))
                .hasMessageContaining("NUL");
    }

    @Test
    void hintsAtUtf16WrittenWithoutAByteOrderMark() {
        assertThatThrownBy(() -> reader.read(bytes(ARTICLE, StandardCharsets.UTF_16LE)))
                .isInstanceOf(ReadException.class).hasMessageContaining("UTF-16 without a byte-order mark");
    }

    @Test
    void refusesInvalidUtf8NamingByteAndLine() {
        byte[] input = bytes("Headline\n\nCaf\u00e9 culture, in Latin-1.", StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read(input))
                .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.location()).isEqualTo("byte 13, line 3"))
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void decodesTheFallbackCharsetWhenOneIsGiven() {
        byte[] input = bytes("Caf\u00e9 Society\n\nThe caf\u00e9 reopened on Monday after a long winter.",
                Charset.forName("windows-1252"));
        Article article = PlainTextReader.builder().fallbackCharset(Charset.forName("windows-1252")).build().read(input);
        assertThat(article.metadata().headline()).isEqualTo("Caf\u00e9 Society");
        assertThat(article.provenance().notes()).anyMatch(n -> n.contains("windows-1252"));
    }

    @Test
    void refusesTextThatIsMostlyControlCharacters() {
        StringBuilder noise = new StringBuilder("Headline\n\n");
        for (int i = 0; i < 200; i++) {
            noise.append((char) (i % 8 + 1)).append("ab");
        }
        assertThatThrownBy(() -> reader.read(noise.toString()))
                .isInstanceOf(ReadException.class).hasMessageContaining("control characters");
    }

    @Test
    void dropsAStrayControlCharacterAndSaysSo() {
        Article article = reader.read(ARTICLE.replace("glad of", "glad\u0007 of"));
        assertThat(paragraphs(article).get(0)).contains("glad of");
        assertThat(article.provenance().notes()).anyMatch(n -> n.contains("control character"));
    }

    @Test
    void refusesInputOverTheLimitBeforeDecodingIt() {
        byte[] invalid = new byte[2048];
        java.util.Arrays.fill(invalid, (byte) 0xC3);
        PlainTextReader small = PlainTextReader.builder().maxInputBytes(1024).build();
        assertThatThrownBy(() -> small.read(invalid))
                .isInstanceOf(ReadException.class).hasMessageContaining("2048 bytes").hasMessageContaining("1024");
    }

    @Test
    void refusesAFileOverTheLimitBeforeReadingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.txt");
        Files.write(file, new byte[4096]);
        PlainTextReader small = PlainTextReader.builder().maxInputBytes(1000).build();
        assertThatThrownBy(() -> small.read(file)).isInstanceOf(ReadException.class).hasMessageContaining("4096 bytes");
    }

    @Test
    void refusesMoreParagraphsThanTheLimitBeforeKeepingTheirLines() {
        String three = "Headline\n\nOne.\n\n  \nTwo.\n\n\nThree.\n";
        PlainTextReader four = PlainTextReader.builder().maxParagraphs(4).build();
        assertThat(four.read(three).sections().get(0).blocks()).hasSize(3);
        assertThatThrownBy(() -> PlainTextReader.builder().maxParagraphs(3).build().read(three))
                .isInstanceOf(ReadException.class).hasMessageContaining("more than 3 paragraphs (4)")
                .hasMessageContaining("maxParagraphs");
        assertThat(PlainTextReader.DEFAULT_MAX_PARAGRAPHS).isEqualTo(100_000);
    }

    @Test
    void refusesEmptyBlankAndBoilerplateOnlyInput() {
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(ReadException.class)
                .hasMessageStartingWith("no article text");
        assertThatThrownBy(() -> reader.read(" \n\t\n \u00A0\n")).isInstanceOf(ReadException.class)
                .hasMessageStartingWith("no article text");
        assertThatThrownBy(() -> reader.read("Advertisement\nShare this article\nSubscribe now\n"))
                .isInstanceOf(ReadException.class).hasMessageStartingWith("no article text")
                .hasMessageContaining("boilerplate");
        assertThatThrownBy(() -> reader.read("Only a Headline\n")).isInstanceOf(ReadException.class)
                .hasMessageStartingWith("no article text");
    }

    @Test
    void readsAStringAsItsUtf8Bytes() {
        Article article = reader.read(ARTICLE);
        assertThat(article.provenance().inputSha256())
                .isEqualTo(Sha256.hex(ARTICLE.getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> reader.read("Headline\n\nBroken \uD800 surrogate."))
                .isInstanceOf(ReadException.class).hasMessageContaining("surrogate");
    }

    @Test
    void recordsProvenance() {
        Article article = reader.read("Share this article\n" + ARTICLE + "\n© 2025 The Harbour Gazette\n");
        assertThat(article.provenance().mediaType()).isEqualTo("text/plain");
        assertThat(article.provenance().reader()).isEqualTo("tearsheet-plain-text");
        assertThat(article.provenance().readerVersion()).isEqualTo(Tearsheet.version());
        assertThat(article.provenance().inputSha256()).hasSize(64);
        assertThat(article.provenance().removed()).extracting(Removal::reason).containsExactly("share", "copyright");
        assertThat(article.metadata().rights()).isEqualTo("© 2025 The Harbour Gazette");
    }

    @Test
    void detectsEnglishAndOtherwiseUsesTheDefaultLanguage() {
        assertThat(reader.read(ARTICLE).metadata().language()).isEqualTo("en");
        String german = "Die Fähren kehren zurück\n\nNach vier Jahrzehnten an Land fahren die Fähren der Stadt wieder "
                + "über den Fluss, und die Pendler sind froh darüber, denn die Brücken sind jeden Morgen voll und "
                + "die Busse stehen im Stau, während das Wasser ruhig und frei bleibt.";
        assertThat(reader.read(german).metadata().language()).isNull();
        assertThat(PlainTextReader.builder().defaultLanguage("de").build().read(german).metadata().language())
                .isEqualTo("de");
    }

    @Test
    void survivesQuotationsNestedTenThousandDeep() {
        String deep = "Deep\n\nHe said " + "``".repeat(10_000) + "x" + "''".repeat(10_000) + " and left.\n";
        Article article = reader.read(deep);
        assertThat(article.provenance().notes()).anyMatch(n -> n.contains("nested deeper than"));
        assertThat(article.quotes()).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void readsAHeadlineInAScriptWithoutCaseAsTheHeadlineNotAKicker() {
        Article arabic = reader.read("مجلس المدينة يصوت\n\nصوّت المجلس يوم الثلاثاء على إعادة فتح المكتبة.\n");
        Article chinese = reader.read("市议会投票\n\n市议会周二投票决定重新开放图书馆。\n");

        assertThat(arabic.metadata().headline()).isEqualTo("مجلس المدينة يصوت");
        assertThat(arabic.metadata().kicker()).isNull();
        assertThat(paragraphs(arabic)).hasSize(1);
        assertThat(chinese.metadata().headline()).isEqualTo("市议会投票");
        assertThat(paragraphs(chinese)).containsExactly("市议会周二投票决定重新开放图书馆。");
    }

    @Test
    void anAgencyUnderTheHeadlineIsACreditNotAnAuthorNorBody() {
        Article article = reader.read("Ferry fares to rise in April\n\nBy Pti\n\nFares on every ferry route in the bay"
                + " will rise by about a tenth from April, the operator said on Tuesday.\n\nPassenger groups asked the"
                + " council to hold back part of the subsidy.\n");

        assertThat(article.metadata().bylines()).isEmpty();
        assertThat(article.metadata().credits()).containsExactly("PTI");
        assertThat(paragraphs(article)).hasSize(2).first().asString().startsWith("Fares on every ferry route");
    }

    @Test
    void curlsQuotationMarksAndFindsQuotations() {
        Article article = reader.read(ARTICLE);
        assertThat(paragraphs(article).get(1)).startsWith("“We missed them");
        Quote quote = article.quotes().get(0);
        assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(article.source(quote.sourceId()).orElseThrow().name()).isEqualTo("Jane Doe");
    }

    @Test
    void isTheServiceForPlainText() {
        assertThat(Tearsheet.reader("text/plain")).get().isInstanceOf(PlainTextReader.class);
    }

    @Property(tries = 300)
    void anyBytesAreReadOrRefusedWithAReadException(@ForAll @Size(max = 400) byte[] input) {
        try {
            Article article = reader.read(input);
            assertThat(article.metadata().headline()).isNotBlank();
        } catch (ReadException expected) {
            assertThat(expected.getMessage()).doesNotContain("internal error");
        }
    }

    @Property(tries = 300)
    void anyTextIsReadOrRefusedWithAReadException(@ForAll @Size(max = 600) String text) {
        try {
            reader.read(text + "\n\n" + text.replace(' ', '\n'));
        } catch (ReadException expected) {
            assertThat(expected.getMessage()).doesNotContain("internal error");
        }
    }
}

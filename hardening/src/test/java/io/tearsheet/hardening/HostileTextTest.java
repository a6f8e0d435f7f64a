package io.tearsheet.hardening;

import io.tearsheet.Tearsheet;
import io.tearsheet.export.ExportedFile;
import io.tearsheet.model.Article;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Section;
import io.tearsheet.read.ReadException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile plain text, read from a file by {@link Tearsheet#read(Path)} and, when it makes an article, exported to
 * JSON, EPUB and PDF and checked by each format's validator. Each test is one row of {@code docs/hostile-input.md}.
 */
@Timeout(120)
class HostileTextTest {
    static final String HEADLINE = "Harbour Clocks Chime Again";
    static final String BODY = "The town's three harbour clocks chimed together on Sunday for the first time in a decade.\n\n"
            + "\"We waited a long time for this,\" said Tom Hale, who led the restoration.\n";

    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static String article(String headline, String body) {
        return headline + "\n\n" + body;
    }

    @HostileInput
    @DisplayName("empty file: refused by every reader with a ReadException")
    void emptyFile() throws IOException {
        assertThatThrownBy(() -> Tearsheet.read(file("empty.txt", new byte[0])))
                .isInstanceOf(ReadException.class).hasMessage("no article text: the input is empty or blank");
        assertThatThrownBy(() -> Tearsheet.read(file("empty.html", new byte[0])))
                .isInstanceOf(ReadException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> Tearsheet.read(file("empty.json", new byte[0])))
                .isInstanceOf(ReadException.class).hasMessage("the input holds no JSON value");
    }

    @HostileInput
    @DisplayName("only whitespace: refused as empty or blank")
    void onlyWhitespace() throws IOException {
        Path blank = file("blank.txt", " \n\t\n\u00A0\u2003\r\n   \n\n\u3000\n");
        assertThatThrownBy(() -> Tearsheet.read(blank))
                .isInstanceOf(ReadException.class).hasMessage("no article text: the input is empty or blank");
    }

    @HostileInput
    @DisplayName("only boilerplate: refused, saying every line is site boilerplate")
    void onlyBoilerplate() throws IOException {
        Path furniture = file("furniture.txt", "Advertisement\n\nShare this article\n\nSubscribe now\n\n"
                + "Advertisement\n");
        assertThatThrownBy(() -> Tearsheet.read(furniture))
                .isInstanceOf(ReadException.class)
                .hasMessageStartingWith("no article text: every line of the input is site boilerplate");
    }

    @HostileInput
    @DisplayName("PNG bytes: refused by the text and HTML readers, naming PNG")
    void pngBytes() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertThatThrownBy(() -> Tearsheet.read(file("picture.txt", png)))
                .isInstanceOf(ReadException.class).hasMessageContaining("PNG");
        assertThatThrownBy(() -> Pipeline.HTML.read(png))
                .isInstanceOf(ReadException.class).hasMessageContaining("PNG");
        assertThatThrownBy(() -> Pipeline.JSON_READER.read(png))
                .isInstanceOf(ReadException.class);
    }

    @HostileInput
    @DisplayName("NUL bytes: refused, naming the byte and line")
    void nulBytes() throws IOException {
        Path nul = file("nul.txt", article(HEADLINE, "A paragraph\u0000 with a NUL."));
        assertThatThrownBy(() -> Tearsheet.read(nul))
                .isInstanceOfSatisfying(ReadException.class,
                        e -> assertThat(e.location()).isEqualTo("byte 39, line 3"))
                .hasMessageContaining("NUL");
        assertThatThrownBy(() -> Tearsheet.read(file("zeros.txt", new byte[4096])))
                .isInstanceOf(ReadException.class);
    }

    @HostileInput
    @DisplayName("invalid UTF-8: refused, naming the byte and line")
    void invalidUtf8() throws IOException {
        Path latin1 = file("latin1.txt", article(HEADLINE, "Caf\u00e9 culture, in Latin-1.")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Tearsheet.read(latin1))
                .isInstanceOfSatisfying(ReadException.class,
                        e -> assertThat(e.location()).isEqualTo("byte 31, line 3"))
                .hasMessageContaining("not valid UTF-8");
        byte[] overlong = article(HEADLINE, "Slash \u00C0\u00AF and a lone \u00ED\u00A0\u0080 surrogate.")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Tearsheet.read(file("overlong.txt", overlong)))
                .isInstanceOf(ReadException.class).hasMessageContaining("not valid UTF-8");
    }

    @HostileInput
    @DisplayName("UTF-16 with a byte-order mark: read like UTF-8; all three outputs valid")
    void utf16WithByteOrderMark() throws IOException {
        Article expected = Tearsheet.read(file("utf8.txt", article(HEADLINE, BODY)));
        for (String charset : List.of("UTF-16BE", "UTF-16LE")) {
            byte[] bom = charset.endsWith("BE") ? new byte[]{(byte) 0xFE, (byte) 0xFF} : new byte[]{(byte) 0xFF, (byte) 0xFE};
            byte[] text = article(HEADLINE, BODY).getBytes(java.nio.charset.Charset.forName(charset));
            byte[] input = new byte[bom.length + text.length];
            System.arraycopy(bom, 0, input, 0, 2);
            System.arraycopy(text, 0, input, 2, text.length);
            Article article = Tearsheet.read(file("utf16-" + charset + ".txt", input));
            assertThat(article.metadata()).isEqualTo(expected.metadata());
            assertThat(article.sections()).isEqualTo(expected.sections());
        }
        Pipeline.exportAndValidate(expected, dir);
    }

    @HostileInput
    @DisplayName("unbalanced and mismatched quotation marks: read; no quotation invented from them; outputs valid")
    void unbalancedQuotes() throws IOException {
        String body = "He said \"the harbour is open and left.\n\n"
                + "She answered \u201Cnot yet\u2019 and \u2018maybe\u201D, then \u00ABnever\u201D.\n\n"
                + "\u201D Backwards quotes \u201C were typed here.\n\n"
                + "\"\"\"\" '''' \u201C\u201C\u201C \u2019\u2019\u2019 end.\n";
        Article article = Tearsheet.read(file("unbalanced.txt", article(HEADLINE, body)));
        assertThat(article.sections()).isNotEmpty();
        Pipeline.exportAndValidate(article, dir);
    }

    @HostileInput
    @DisplayName("quotations nested 10,000 deep: read with a note, the depth cut off; outputs valid")
    void quotesNestedTenThousandDeep() throws IOException {
        String body = "Tom Hale said " + "\u201C".repeat(10_000) + "open" + "\u201D".repeat(10_000) + " and left.\n\n"
                + "He said " + "``".repeat(10_000) + "x" + "''".repeat(10_000) + " and left.\n";
        Article article = Tearsheet.read(file("deep.txt", article(HEADLINE, body)));
        assertThat(article.provenance().notes()).anyMatch(n -> n.contains("nested deeper than"));
        Pipeline.exportAndValidate(article, dir);
    }

    @HostileInput
    @DisplayName("control characters in text: a few are dropped and noted, many refuse the input")
    void controlCharactersInText() throws IOException {
        Article article = Tearsheet.read(file("bell.txt", article(HEADLINE, BODY.replace("three", "three\u0007\u001B"))));
        assertThat(article.provenance().notes()).anyMatch(n -> n.contains("control character"));
        assertThat(Pipeline.TEXT.read(article(HEADLINE, BODY).getBytes(StandardCharsets.UTF_8)).sections())
                .isEqualTo(article.sections());

        StringBuilder all = new StringBuilder(HEADLINE + "\n\n");
        for (int round = 0; round < 20; round++) {
            for (char c = 1; c < 0x20; c++) {
                all.append(c).append("ab");
            }
        }
        assertThatThrownBy(() -> Tearsheet.read(file("controls.txt", all.toString())))
                .isInstanceOf(ReadException.class).hasMessageContaining("control characters");
    }

    @HostileInput
    @DisplayName("U+0000–U+001F and U+FFFE in the model: dropped from XHTML and PDF and reported, kept in JSON")
    void charactersXmlForbids() {
        StringBuilder forbidden = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            if (c != '\t' && c != '\n' && c != '\r') {
                forbidden.append(c);
            }
        }
        forbidden.append('\uFFFE').append('\uFFFF');
        Article article = Article.builder()
                .metadata(Metadata.builder().headline("Clocks " + forbidden + " chime").deck("Deck " + forbidden)
                        .language("en").build())
                .section(Section.body(List.of(Paragraph.of("Before " + forbidden + " after."))))
                .build();

        List<Pipeline.Output> outputs = Pipeline.exportAndValidate(article, dir);

        assertThat(outputs.get(1).report().warnings()).anyMatch(w -> w.contains("U+0000"))
                .anyMatch(w -> w.contains("U+001F")).anyMatch(w -> w.contains("U+FFFE"));
        assertThat(outputs.get(2).report().warnings()).anyMatch(w -> w.contains("U+0000"))
                .anyMatch(w -> w.contains("U+FFFE"));
        assertThat(Outputs.xhtml(outputs.get(1).bytes())).contains("Before  after.");
        assertThat(new String(outputs.get(0).bytes(), StandardCharsets.UTF_8)).contains("\\u0000").contains("\\u001F");
    }

    @HostileInput
    @DisplayName("unpaired surrogates: refused by the reader; in the model, escaped in JSON, dropped and reported elsewhere")
    void unpairedSurrogates() {
        assertThatThrownBy(() -> Pipeline.TEXT.read(article(HEADLINE, "Lone \uD800 high and \uDC00 low.")))
                .isInstanceOf(ReadException.class).hasMessageContaining("unpaired surrogate");
        Article article = Article.builder()
                .metadata(Metadata.builder().headline("Lone \uD800 surrogate").language("en").build())
                .section(Section.body(List.of(Paragraph.of("High \uD83D alone, low \uDE00 alone, reversed \uDE00\uD83D."))))
                .build();

        List<Pipeline.Output> outputs = Pipeline.exportAndValidate(article, dir);

        assertThat(new String(outputs.get(0).bytes(), StandardCharsets.UTF_8)).containsIgnoringCase("\\uD800");
        assertThat(outputs.get(1).report().warnings()).anyMatch(w -> w.contains("U+D800"));
        assertThat(outputs.get(2).report().warnings()).anyMatch(w -> w.contains("U+D800"));
    }

    @HostileInput
    @DisplayName("right-to-left and mixed-direction text: read; outputs valid; PDF text keeps the words")
    void rightToLeftAndMixedDirection() throws IOException {
        String body = "\u05D4\u05E0\u05DE\u05DC \u05E0\u05E4\u05EA\u05D7 \u05D4\u05D9\u05D5\u05DD, said the mayor in Hebrew.\n\n"
                + "\u0627\u0644\u0645\u064A\u0646\u0627\u0621 mixed with English 123 and \u202Eoverride\u202C "
                + "and \u2067isolate\u2069 marks.\n";
        Article article = Tearsheet.read(file("rtl.txt", article("\u05E9\u05E2\u05D5\u05E0\u05D9 \u05D4\u05E0\u05DE\u05DC "
                + HEADLINE, body)));

        List<Pipeline.Output> outputs = Pipeline.exportAndValidate(article, dir);

        assertThat(Outputs.xhtml(outputs.get(1).bytes())).contains("\u05D4\u05E0\u05DE\u05DC");
        assertThat(Outputs.pdfText(outputs.get(2).bytes())).contains("English 123");
    }

    @HostileInput
    @DisplayName("CJK, emoji and combining marks the body font lacks: fallback or placeholder, each reported")
    void charactersTheBodyFontLacks() throws IOException {
        String body = "The ferry \u6E21\u8239 sails at dawn \uD83D\uDEF3\uFE0F with \uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDE80 aboard.\n\n"
                + "Combining: e\u0301 a\u0308\u0323 \u0915\u094D\u0937 and Linear B \uD800\uDC00 and \u2E3B.\n";
        Article article = Tearsheet.read(file("glyphs.txt", article("\u6E21\u8239 " + HEADLINE, body)));

        List<Pipeline.Output> outputs = Pipeline.exportAndValidate(article, dir);

        List<String> pdfWarnings = outputs.get(2).report().warnings();
        assertThat(pdfWarnings).anyMatch(w -> w.contains("U+6E21")).anyMatch(w -> w.contains("U+1F6F3"))
                .anyMatch(w -> w.contains("U+10000"));
        assertThat(outputs.get(0).report().isClean()).isTrue();
    }

    @HostileInput
    @DisplayName("a headline of 10,000 characters: the reader keeps it as the lead paragraph; in the model, outputs valid and file names bounded")
    void tenThousandCharacterHeadline() throws IOException {
        String words = ("Harbour clocks chime again " + "and again ".repeat(1000)).substring(0, 10_000).strip();
        Article read = Tearsheet.read(file("long-headline.txt", article(words, BODY)));
        assertThat(read.metadata().headline()).hasSizeLessThan(200);
        assertThat(read.provenance().notes()).anyMatch(n -> n.contains("headline made from the first words"));

        Path out = Files.createDirectories(dir.resolve("out"));
        for (String headline : List.of(words, "W".repeat(10_000))) {
            Article article = Article.builder()
                    .metadata(Metadata.builder().headline(headline).deck(headline).language("en").build())
                    .section(Section.body(List.of(Paragraph.of(headline), Paragraph.of("Short."))))
                    .build();
            Pipeline.exportAndValidate(article, dir);
            for (var exporter : Pipeline.EXPORTERS) {
                ExportedFile written = Tearsheet.write(article, exporter, out, article.metadata().headline());
                assertThat(written.file().path().getParent()).isEqualTo(out.toAbsolutePath());
                assertThat(written.file().path().getFileName().toString()).hasSizeLessThanOrEqualTo(85);
            }
        }
    }

    @HostileInput
    @DisplayName("headlines like ../../etc/passwd, CON or NUL.txt as file names: files stay inside the folder")
    void headlinesThatLookLikePaths() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        for (String headline : List.of("../../etc/passwd", "CON", "NUL.txt", "/etc/passwd", "..", "C:\\Windows\\win.ini",
                "com1", "a/../../b", "\u0000")) {
            Article article = Tearsheet.read(file("path.txt", article(headline.replace("\u0000", "") + " story", BODY)));
            for (var exporter : Pipeline.EXPORTERS) {
                ExportedFile written = Tearsheet.write(article, exporter, out, headline);
                assertThat(written.file().path().getParent()).as(headline).isEqualTo(out.toAbsolutePath());
                assertThat(written.file().path().getFileName().toString()).as(headline)
                        .doesNotStartWith(".").doesNotContain("/", "\\")
                        .isNotIn("CON." + exporter.format().extension(), "NUL." + exporter.format().extension());
            }
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .allMatch(name -> !name.startsWith("."), "no hidden or temporary file left")
                    .contains("etc_passwd.json", "_CON.epub", "_NUL.txt.pdf");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out", "path.txt");
        }
    }

    @HostileInput
    @DisplayName("markup in the text (<script>, ]]>, &amp;): escaped in XHTML, literal in PDF and JSON")
    void markupInText() throws IOException {
        String body = "Tom Hale typed <script>alert(1)</script> and ]]> and &amp; and <b>bold</b> into the form.\n\n"
                + "<![CDATA[ not a section ]]> <!-- not a comment --> &lt;p&gt; &#0; &#x1F6F3;\n";
        Article article = Tearsheet.read(file("markup.txt", article("Tags <i>&amp;</i> win", body)));

        List<Pipeline.Output> outputs = Pipeline.exportAndValidate(article, dir);

        String xhtml = Outputs.xhtml(outputs.get(1).bytes());
        assertThat(xhtml).doesNotContain("<script>", "<b>", "<i>", "<![CDATA[", "<!-- not")
                .contains("&lt;script&gt;", "]]&gt;", "&amp;amp;", "&amp;#0;");
        String json = new String(outputs.get(0).bytes(), StandardCharsets.UTF_8);
        assertThat(json).contains("<script>alert(1)</script>", "]]>", "&amp;", "Tags <i>&amp;</i> win");
        assertThat(Outputs.pdfText(outputs.get(2).bytes()).replaceAll("\\s+", " "))
                .contains("<script>alert(1)</script>", "]]>", "&amp;");
    }
}

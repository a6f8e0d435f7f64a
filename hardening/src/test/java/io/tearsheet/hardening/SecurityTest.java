package io.tearsheet.hardening;

import io.tearsheet.Tearsheet;
import io.tearsheet.io.FileNames;
import io.tearsheet.model.Article;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Section;
import io.tearsheet.testing.TestArticles;
import io.tearsheet.validate.Finding;
import io.tearsheet.validate.Validation;
import io.tearsheet.validate.Validators;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No input reaches outside: XML external entities are never resolved by the validators or readers, output paths
 * stay inside the chosen folder, and archive entries never take their names from the input. Every entity here
 * points at a local file holding a secret and at a local HTTP server that counts requests: neither may be read.
 */
@Timeout(180)
class SecurityTest {
    static final String SECRET = "tearsheet-secret-7f3a9c";

    @TempDir
    Path dir;

    /** A local HTTP server that counts requests: an entity pointing at it must never be fetched. */
    private com.sun.net.httpserver.HttpServer server;
    private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();

    @org.junit.jupiter.api.BeforeEach
    void startTrap() throws IOException {
        server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    @org.junit.jupiter.api.AfterEach
    void stopTrap() {
        server.stop(0);
        assertThat(requests).as("requests to the entity URL").hasValue(0);
    }

    private String trapUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/entity.dtd";
    }

    private Path secretFile() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET + "\n");
        return secret;
    }

    private String doctype(String root, Path secret) {
        return "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY % remote SYSTEM \"" + trapUrl() + "\"> %remote;]>\n";
    }

    /** The EPUB with {@code edit} applied to its entries; the mimetype stays first and stored. */
    private static byte[] rewrite(byte[] epub, java.util.function.BiFunction<String, String, String> edit)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : Outputs.entries(epub).entrySet()) {
                byte[] content = edit.apply(entry.getKey(), entry.getValue()).getBytes(StandardCharsets.UTF_8);
                ZipEntry e = new ZipEntry(entry.getKey());
                if (entry.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(content.length);
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void assertNoSecretIn(Validation validation) {
        assertThat(validation.findings()).extracting(Finding::message)
                .noneMatch(m -> m.contains(SECRET));
    }

    @HostileInput
    @DisplayName("an EPUB whose XHTML and OPF declare external entities: validated without reading the entity's file")
    void epubWithExternalEntities() throws IOException {
        Path secret = secretFile();
        byte[] epub = rewrite(Pipeline.EPUB.toBytes(TestArticles.minimal()), (name, text) -> {
            if (name.endsWith(".xhtml") || name.endsWith(".opf") || name.endsWith(".ncx")) {
                String root = name.endsWith(".opf") ? "package" : name.endsWith(".ncx") ? "ncx" : "html";
                String withDoctype = text.replaceFirst("<!DOCTYPE[^>]*>\\s*", "")
                        .replaceFirst("(<\\?xml[^>]*\\?>\\s*)", "$1" + doctype(root, secret));
                return withDoctype.replaceFirst("</(p|dc:title|text)>", "&xxe;</$1>");
            }
            return text;
        });
        Path file = dir.resolve("xxe.epub");
        Files.write(file, epub);

        Validation validation = Validators.validate(file);

        assertNoSecretIn(validation);
        assertThat(validation.passed()).as("the entity declarations are reported").isFalse();
        assertThat(requests).hasValue(0);
    }

    @HostileInput
    @DisplayName("a PDF whose XMP metadata declares an external entity: validated without reading the entity's file")
    void pdfWithExternalEntityInXmp() throws IOException {
        Path secret = secretFile();
        byte[] pdf;
        try (PDDocument document = Loader.loadPDF(Pipeline.PDF.toBytes(TestArticles.minimal()))) {
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
            String hostile = xmp.replaceFirst("(<\\?xpacket begin[^>]*\\?>)", "$1" + doctype("x:xmpmeta", secret))
                    .replaceFirst("</dc:title>", "</dc:title><dc:source>&xxe;</dc:source>");
            assertThat(hostile).contains("<!ENTITY xxe SYSTEM");
            PDMetadata replaced = new PDMetadata(document, new ByteArrayInputStream(hostile.getBytes(StandardCharsets.UTF_8)));
            document.getDocumentCatalog().setMetadata(replaced);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }
        Path file = dir.resolve("xxe.pdf");
        Files.write(file, pdf);

        Validation validation = Validators.validate(file);

        assertNoSecretIn(validation);
        assertThat(requests).hasValue(0);
    }

    @HostileInput
    @DisplayName("an HTML page declaring an external entity: read as text, the entity's file never read")
    void htmlWithExternalEntity() throws IOException {
        Path secret = secretFile();
        String page = "<?xml version=\"1.0\"?>\n" + doctype("html", secret) + "<html><body><article>"
                + "<h1>Harbour Clocks Chime Again</h1>"
                + "<p>The town's three harbour clocks chimed together on Sunday for the first time in a decade &xxe;.</p>"
                + "<p>The restoration took four years and cost the town less than a new roof for the school.</p>"
                + "</article></body></html>";
        Path file = dir.resolve("xxe.html");
        Files.writeString(file, page);

        Article article = Tearsheet.read(file);

        List<Pipeline.Output> outputs = Pipeline.exportAndValidate(article, dir);
        for (Pipeline.Output output : outputs) {
            assertThat(new String(output.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
        }
        assertThat(Outputs.pdfText(outputs.get(2).bytes())).doesNotContain(SECRET);
    }

    @Test
    @DisplayName("file names made from hostile text are bounded, safe, and resolve inside the folder")
    void fileNamesStayInsideTheFolder() {
        Path folder = dir.resolve("out");
        List<String> hostile = List.of("../../etc/passwd", "..\\..\\windows\\system32", "/etc/passwd", "C:\\boot.ini",
                "CON", "con.txt", "NUL.txt", "LPT9", "COM1.tar.gz", ".hidden", "...", " ", "", "a\u0000b", "\u202Etxt.exe",
                "x".repeat(10_000), "é".repeat(10_000), "\uD83D\uDEF3".repeat(5_000));
        for (String name : hostile) {
            for (String safe : List.of(FileNames.safeName(name), FileNames.slug(name))) {
                assertThat(safe).as(name).isNotEmpty().hasSizeLessThanOrEqualTo(FileNames.MAX_LENGTH + 1)
                        .doesNotStartWith(".").doesNotContain("/", "\\", "\u0000", "..");
                assertThat(safe.split("\\.")[0].toLowerCase(java.util.Locale.ROOT)).as(name)
                        .isNotIn("con", "nul", "lpt9", "com1", "prn", "aux");
                assertThat(FileNames.resolveInside(folder, safe).getParent()).as(name)
                        .isEqualTo(folder.toAbsolutePath().normalize());
            }
        }
        for (String escape : List.of("../x", "/etc/passwd", "a/../../x", "..")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileNames.resolveInside(folder, escape))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    @DisplayName("EPUB entries never take their names from the input, whatever the headline or identifiers")
    void epubEntryNamesAreFixed() {
        List<String> expected = Outputs.entryNames(Pipeline.EPUB.toBytes(TestArticles.minimal()));
        for (String hostile : List.of("../../etc/passwd", "CON", "/abs/path", "<script>", "x".repeat(10_000))) {
            Article article = Article.builder()
                    .metadata(Metadata.builder().headline(hostile).deck(hostile).language("en")
                            .identifiers(List.of(new io.tearsheet.model.Identifier("doi", hostile))).build())
                    .section(Section.body(List.of(Paragraph.of("Text of " + hostile + "."))))
                    .build();
            List<String> names = Outputs.entryNames(Pipeline.EPUB.toBytes(article));
            assertThat(names).as(hostile).containsExactlyElementsOf(expected)
                    .allMatch(n -> !n.contains("..") && !n.startsWith("/"));
        }
    }
}

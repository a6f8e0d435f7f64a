package io.tearsheet.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.tearsheet.json.JsonFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks that the job's outputs are what they claim to be. Full epubcheck and veraPDF runs belong to the exporter
 * modules; here each file must validate against the JSON schema, or be a zip laid out as an EPUB, or a PDF that
 * PDFBox opens with pages in it.
 */
final class OutputChecks {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private OutputChecks() {
    }

    /** The schema's complaints about {@code json}; empty when it is valid. */
    static List<String> schemaErrors(byte[] json) throws IOException {
        return SCHEMA.validate(MAPPER.readTree(json)).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** What is wrong with {@code epub} as an EPUB container; empty when nothing is. */
    static List<String> epubProblems(byte[] epub) throws IOException {
        List<String> problems = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !first.getName().equals("mimetype") || first.getMethod() != ZipEntry.STORED) {
                problems.add("the first entry is not a stored mimetype file");
            } else if (!new String(zip.readAllBytes(), StandardCharsets.US_ASCII).equals("application/epub+zip")) {
                problems.add("the mimetype file does not say application/epub+zip");
            }
            boolean container = false;
            boolean xhtml = false;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                container |= entry.getName().equals("META-INF/container.xml");
                xhtml |= entry.getName().endsWith(".xhtml");
            }
            if (!container) {
                problems.add("META-INF/container.xml is missing");
            }
            if (!xhtml) {
                problems.add("there is no XHTML content document");
            }
        }
        return problems;
    }

    /** The page count of {@code pdf}, which must start like a PDF and open in PDFBox. */
    static int pdfPages(byte[] pdf) throws IOException {
        String head = new String(pdf, 0, 5, StandardCharsets.US_ASCII);
        if (!head.equals("%PDF-")) {
            throw new IOException("not a PDF: starts with " + head);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Every regular file under {@code root}, hidden ones included. */
    static List<Path> allFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = JsonFormat.openSchema()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.tearsheet.hardening;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Looks inside exported files: the entries of an EPUB, the text of a PDF. */
final class Outputs {
    private Outputs() {
    }

    /** The names of an EPUB's (zip's) entries, in order. */
    static List<String> entryNames(byte[] zip) {
        return new ArrayList<>(entries(zip).keySet());
    }

    /** Every entry of a zip, by name, as UTF-8 text. */
    static Map<String, String> entries(byte[] zip) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** The text of every XHTML document in an EPUB, joined. */
    static String xhtml(byte[] epub) {
        StringBuilder all = new StringBuilder();
        entries(epub).forEach((name, text) -> {
            if (name.endsWith(".xhtml")) {
                all.append(text).append('\n');
            }
        });
        return all.toString();
    }

    /** The text PDFBox extracts from a PDF. */
    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

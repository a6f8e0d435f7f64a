package io.tearsheet.epub;

import io.tearsheet.export.Book;
import io.tearsheet.export.BookExporter;
import io.tearsheet.export.ExportReport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reading the EPUBs the tests write. */
final class Epubs {
    private Epubs() {
    }

    /** A book written into memory. */
    static byte[] bytes(BookExporter exporter, Book book) {
        return export(exporter, book).bytes();
    }

    /** A book written into memory, with its report. */
    static Written export(BookExporter exporter, Book book) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ExportReport report = exporter.export(book, out);
            return new Written(out.toByteArray(), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a zip, in order, as text. */
    static Map<String, String> entries(byte[] epub) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** One entry of the package folder, as text. */
    static String file(byte[] epub, String name) {
        String text = entries(epub).get("EPUB/" + name);
        if (text == null) {
            throw new AssertionError("no EPUB/" + name + " in " + entries(epub).keySet());
        }
        return text;
    }

    record Written(byte[] bytes, ExportReport report) {
    }
}

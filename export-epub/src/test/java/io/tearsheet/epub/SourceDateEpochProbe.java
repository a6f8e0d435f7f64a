package io.tearsheet.epub;

import io.tearsheet.export.ExportException;
import io.tearsheet.testing.TestArticles;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Run in a JVM with {@code SOURCE_DATE_EPOCH} set: prints the EPUB's modification time, or the export's failure. */
final class SourceDateEpochProbe {
    private SourceDateEpochProbe() {
    }

    public static void main(String[] args) {
        try {
            String opf = Epubs.file(new EpubExporter().toBytes(TestArticles.everything()), "package.opf");
            Matcher modified = Pattern.compile("dcterms:modified\">([^<]+)<").matcher(opf);
            System.out.println(modified.find() ? "modified " + modified.group(1) : "no modified");
        } catch (ExportException e) {
            System.out.println("ExportException " + e.getMessage());
        }
    }
}

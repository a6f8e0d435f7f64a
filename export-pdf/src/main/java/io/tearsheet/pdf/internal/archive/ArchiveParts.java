package io.tearsheet.pdf.internal.archive;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;

/**
 * The document-level parts that make a PDF archival and accessible: XMP metadata, the sRGB output intent, the
 * catalog's language and viewer preferences, associated files (PDF/A-3's embedded originals) and a
 * content-derived file identifier.
 */
public final class ArchiveParts {
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private ArchiveParts() {
    }

    /** Writes the XMP packet as the catalog's metadata stream (uncompressed, as PDF/A recommends). */
    public static void metadata(PDDocument document, byte[] xmp) throws IOException {
        PDMetadata metadata = new PDMetadata(document);
        try (var out = metadata.getCOSObject().createRawOutputStream()) {
            out.write(xmp); // raw: PDFBox's unfiltered stream writer copies a byte at a time
        }
        document.getDocumentCatalog().setMetadata(metadata);
    }

    /** Declares that colours are meant for sRGB displays and printers (PDF/A's output intent). */
    public static void outputIntent(PDDocument document) throws IOException {
        try (InputStream profile = new ByteArrayInputStream(SRGB)) {
            PDOutputIntent intent = new PDOutputIntent(document, profile);
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            document.getDocumentCatalog().addOutputIntent(intent);
        }
    }

    /** The catalog's natural language and the viewer preference to show the title, not the file name. */
    public static void catalog(PDDocument document, String language) {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }

    /**
     * Embeds one file now (its bytes go to the document's stream cache, not the heap) and returns its file
     * specification, for {@link #associate}.
     */
    public static PDComplexFileSpecification embed(PDDocument document, Attachment attachment) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (var out = stream.createRawOutputStream()) {
            out.write(attachment.bytes()); // raw: PDFBox's unfiltered stream writer copies a byte at a time
        }
        PDEmbeddedFile file = new PDEmbeddedFile(stream);
        file.getCOSObject().setItem(COSName.TYPE, COSName.EMBEDDED_FILE);
        file.setSubtype(attachment.mediaType());
        file.setSize(attachment.bytes().length);
        file.setModDate(calendar(attachment.modified()));
        file.setCreationDate(calendar(attachment.modified()));
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(attachment.name());
        spec.setFileUnicode(attachment.name());
        spec.setFileDescription(attachment.description());
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setItem(COSName.getPDFName("AFRelationship"),
                COSName.getPDFName(attachment.relationship()));
        return spec;
    }

    /**
     * Lists embedded files in the catalog's {@code /AF} array and the {@code EmbeddedFiles} name tree, under
     * {@code names} (one per file specification, in the same order: a book's specifications may be written out and
     * emptied already).
     */
    public static void associate(PDDocument document, List<PDComplexFileSpecification> specs, List<String> names) {
        if (specs.isEmpty()) {
            return;
        }
        Map<String, PDComplexFileSpecification> byName = new TreeMap<>();
        COSArray af = new COSArray();
        for (int i = 0; i < specs.size(); i++) {
            byName.put(names.get(i), specs.get(i));
            af.add(specs.get(i));
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(byName);
        PDDocumentNameDictionary dictionary = new PDDocumentNameDictionary(document.getDocumentCatalog());
        dictionary.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(dictionary);
        document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), af);
    }

    /** Sets the trailer's {@code /ID} to a digest of the content, so equal input gives equal files. */
    public static void identifier(PDDocument document, byte[] digest) {
        byte[] id = new byte[16];
        System.arraycopy(digest, 0, id, 0, id.length);
        COSArray array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, array);
    }

    private static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    /**
     * A file to embed.
     *
     * @param name         the file name
     * @param description  what it is
     * @param mediaType    its media type
     * @param relationship the PDF/A-3 relationship: Source, Data, Alternative, Supplement
     * @param bytes        its content
     * @param modified     its modification date
     */
    public record Attachment(String name, String description, String mediaType, String relationship, byte[] bytes,
                             Instant modified) {
    }

}

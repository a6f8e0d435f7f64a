package io.tearsheet.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading back what the exporter wrote, for assertions. */
final class PdfFiles {
    private PdfFiles() {
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * The text as assistive technology reads it: without artifacts (running heads, folios), so that a word
     * hyphenated across a page break reads as one word.
     */
    static String content(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new ContentStripper().getText(document);
        }
    }

    /** A text stripper that leaves out what is marked as an artifact. */
    private static final class ContentStripper extends PDFTextStripper {
        private static final COSName ARTIFACT = COSName.getPDFName("Artifact");
        /** For each open marked-content sequence, whether it is (or is inside) an artifact. */
        private final Deque<Boolean> artifact = new ArrayDeque<>();

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            artifact.push(ARTIFACT.equals(tag) || inArtifact());
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            artifact.poll();
            super.endMarkedContentSequence();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (!inArtifact()) {
                super.processTextPosition(text);
            }
        }

        private boolean inArtifact() {
            return !artifact.isEmpty() && artifact.peek();
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Keeps a copy under target/pdf for a person to look at. */
    static void keep(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "pdf");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }
}

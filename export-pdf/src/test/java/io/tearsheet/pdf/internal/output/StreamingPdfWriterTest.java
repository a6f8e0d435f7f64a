package io.tearsheet.pdf.internal.output;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamingPdfWriterTest {
    private static boolean isFont(COSDictionary dictionary) {
        return COSName.FONT.equals(dictionary.getCOSName(COSName.TYPE));
    }

    /** A document of {@code pages} pages, each written as soon as it is drawn; each page shows "Page N" and a dot. */
    private static byte[] writePages(int pages, Probe probe) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            StreamingPdfWriter writer = new StreamingPdfWriter(out, "1.7", StreamingPdfWriterTest::isFont);
            writer.defer(document.getDocumentCatalog().getCOSObject());
            writer.defer(document.getPages().getCOSObject());
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            BufferedImage pixel = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = LosslessFactory.createFromImage(document, pixel);
            for (int n = 1; n <= pages; n++) {
                PDPage page = new PDPage(PDRectangle.A6);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(20, 200);
                    content.showText("Page " + n);
                    content.endText();
                    content.drawImage(image, 20, 20, 10, 10);
                }
                writer.write(page.getCOSObject());
                probe.afterPage(writer, page, font, image, document);
            }
            writer.finish(document.getDocument().getTrailer());
        }
        return out.toByteArray();
    }

    private interface Probe {
        void afterPage(StreamingPdfWriter writer, PDPage page, PDType1Font font, PDImageXObject image,
                       PDDocument document) throws IOException;
    }

    @Test
    void aDocumentWrittenPageByPageReadsAsAWhole() throws IOException {
        byte[] bytes = writePages(3, (writer, page, font, image, document) -> { });

        try (PDDocument read = Loader.loadPDF(bytes)) {
            assertThat(read.getNumberOfPages()).isEqualTo(3);
            String text = new PDFTextStripper().getText(read);
            assertThat(text).contains("Page 1", "Page 2", "Page 3");
            assertThat(read.getPage(2).getResources().getXObjectNames()).hasSize(1);
        }
        assertThat(new String(bytes, 0, 9, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.7\n");
    }

    @Test
    void writtenObjectsAreEmptiedAndDeferredOnesWait() throws IOException {
        writePages(2, (writer, page, font, image, document) -> {
            assertThat(page.getCOSObject().size()).as("a written page keeps no entries").isZero();
            assertThat(writer.isWritten(page.getCOSObject())).isTrue();
            assertThat(writer.isWritten(font.getCOSObject())).as("fonts wait for the end").isFalse();
            assertThat(font.getCOSObject().size()).isPositive();
            assertThat(writer.isWritten(document.getPages().getCOSObject())).isFalse();
            assertThat(image.getWidth()).as("an image stays whole for later pages").isEqualTo(2);
        });
    }

    @Test
    void theSameCallsGiveTheSameBytes() throws IOException {
        Probe none = (writer, page, font, image, document) -> { };
        assertThat(writePages(4, none)).isEqualTo(writePages(4, none));
    }

    @Test
    void anObjectNumberedButNeverWrittenIsAnError() throws IOException {
        StreamingPdfWriter writer = new StreamingPdfWriter(new ByteArrayOutputStream(), "1.7", d -> false);
        writer.number(new COSDictionary());
        COSDictionary trailer = new COSDictionary();

        assertThatThrownBy(() -> writer.finish(trailer))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("object 1");
    }
}

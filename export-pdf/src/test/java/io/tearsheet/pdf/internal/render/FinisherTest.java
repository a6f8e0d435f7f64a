package io.tearsheet.pdf.internal.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FinisherTest {
    @Test
    void bookmarksAsManyAsABookOfTensOfThousandsOfArticlesSaveAndReadBack() throws IOException {
        int count = 50_000;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            List<OutlineEntry> entries = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                entries.add(new OutlineEntry("Article " + (i + 1), page, 100, i % 2));
            }

            Finisher.outline(document, entries, page.getMediaBox().getHeight(), (done, next) -> { });
            DeepSave.save(document, out);
        }

        try (PDDocument read = Loader.loadPDF(out.toByteArray())) {
            PDOutlineItem first = read.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(first.getTitle()).isEqualTo("Article 1");
            assertThat(first.getFirstChild().getTitle()).isEqualTo("Article 2");
            assertThat(read.getDocumentCatalog().getDocumentOutline().getLastChild().getTitle())
                    .isEqualTo("Article " + (count - 1));
        }
    }
}

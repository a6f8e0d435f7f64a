package io.tearsheet.pdf.internal.render;

import io.tearsheet.pdf.internal.archive.ArchiveParts;
import io.tearsheet.pdf.internal.archive.XmpPacket;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The last steps of every export: the structure tree, bookmarks, XMP metadata, output intent, catalog entries,
 * associated files and the content-derived identifier, then the save.
 */
final class Finisher {
    private Finisher() {
    }

    static void finish(PDDocument document, RenderContext context, XmpPacket xmp, String language,
                       List<PDComplexFileSpecification> attachments, byte[] digest, OutputStream out)
            throws IOException {
        List<String> names = new ArrayList<>();
        attachments.forEach(spec -> names.add(spec.getFileUnicode()));
        complete(document, context, xmp, language, attachments, names, digest, (done, next) -> { });
        DeepSave.save(document, out);
    }

    /**
     * Everything {@link #finish} does but the save: for a book, whose pages and articles were written out as they
     * were finished, and whose {@code attachments} may be emptied already, hence their {@code names}.
     */
    static void complete(PDDocument document, RenderContext context, XmpPacket xmp, String language,
                         List<PDComplexFileSpecification> attachments, List<String> names, byte[] digest,
                         CompletedBookmark completed) throws IOException {
        context.composer.finishPage();
        context.tree.write(document);
        outline(document, context.outline, context.composer.geometry().size().height(), completed);
        ArchiveParts.metadata(document, xmp.toBytes(context.text));
        ArchiveParts.outputIntent(document);
        ArchiveParts.catalog(document, language);
        ArchiveParts.associate(document, attachments, names);
        ArchiveParts.identifier(document, digest);
        context.fonts.subsetAll();
        document.getDocument().setVersion(1.7f);
        document.setVersion(1.7f);
    }

    /** Told of each top-level bookmark once it and its children are complete, which is when the next one is added. */
    @FunctionalInterface
    interface CompletedBookmark {
        void bookmark(PDOutlineItem done, PDOutlineItem next) throws IOException;
    }

    /**
     * Adds the bookmarks. The outline joins the catalog before its items do: PDFBox marks every object newly
     * reachable from the document, depth first, and items are chained by /Next, so a finished chain of 10,000
     * bookmarks attached at once overflowed the stack; attached one at a time, each is marked alone.
     */
    static void outline(PDDocument document, List<OutlineEntry> entries, float pageHeight,
                        CompletedBookmark completed) throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        document.getDocumentCatalog().setDocumentOutline(outline);
        PDOutlineItem parent = null;
        PDOutlineItem top = null;
        for (OutlineEntry entry : entries) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(entry.title());
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(entry.page());
            destination.setTop(Math.round(pageHeight - entry.top()));
            destination.setLeft(0);
            item.setDestination(destination);
            if (entry.level() == 0 || parent == null) {
                outline.addLast(item);
                if (top != null) {
                    completed.bookmark(top, item);
                }
                top = item;
                parent = item;
            } else {
                parent.addLast(item);
            }
        }
        outline.openNode();
    }
}

package io.tearsheet.pdf.internal.render;

import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.ExportTimestamp;
import io.tearsheet.export.FigureImages;
import io.tearsheet.export.Format;
import io.tearsheet.export.ImageResolver;
import io.tearsheet.model.Article;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Metadata;
import io.tearsheet.pdf.internal.PdfSettings;
import io.tearsheet.pdf.internal.archive.ArchiveParts;
import io.tearsheet.pdf.internal.archive.XmpPacket;
import io.tearsheet.pdf.internal.font.FontSet;
import io.tearsheet.pdf.internal.tagging.StructNode;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one article as a tagged PDF/A-3a (and PDF/UA-1) file. The whole file is made in memory first, so a
 * failure never leaves half a file in the caller's stream.
 */
public final class ArticleRenderer {
    private static final String PRODUCER = "Tearsheet PDF exporter";

    private ArticleRenderer() {
    }

    public static ExportReport render(Article article, PdfSettings settings, OutputStream out) throws IOException {
        return render(article, settings, ImageResolver.none(), out);
    }

    /** Renders {@code article} with the pictures {@code images} finds for its figures. */
    public static ExportReport render(Article article, PdfSettings settings, ImageResolver images, OutputStream out)
            throws IOException {
        ArticleExporter attachmentExporter = Attachments.exporter(settings.attachment());
        byte[] source = Attachments.bytes(attachmentExporter, article);
        Instant timestamp = settings.timestamp() != null ? settings.timestamp() : ExportTimestamp.of(article);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        List<String> warnings = new ArrayList<>();
        FontSet fonts = null;
        try (PDDocument document = new PDDocument()) {
            fonts = DocumentSetup.fonts(document, settings);
            RenderContext context = DocumentSetup.context(document, settings, fonts);
            ArticleFurniture furniture = DocumentSetup.furniture(context);
            Metadata md = article.metadata();
            String title = ArticleLayout.headline(context, md);
            furniture.heads(head(context, md), title);
            StructNode art = context.tree.document().child("Art");
            furniture.opening(1);
            FigureImages pictures = context.pictures.find(article, images);
            warnings.addAll(pictures.notes());
            new ArticleLayout(context, article, art, pictures).layout();
            String language = language(md.language());
            XmpPacket xmp = new XmpPacket(title, creators(context, md), context.clean(md.deck()), language,
                    context.clean(md.rights()), timestamp, PRODUCER);
            MessageDigest digest = DocumentSetup.digest(settings, timestamp);
            digest.update(source);
            var attachments = List.of(ArchiveParts.embed(document,
                    attachment(attachmentExporter, "article", source, timestamp)));
            Finisher.finish(document, context, xmp, language, attachments, digest.digest(), buffer);
            warnings.addAll(context.warnings);
            warnings.addAll(fonts.warnings());
            warnings.addAll(context.text.warnings());
        } finally {
            if (fonts != null) {
                fonts.close();
            }
        }
        buffer.writeTo(out);
        out.flush();
        return new ExportReport(Format.PDF, warnings);
    }

    static ArchiveParts.Attachment attachment(ArticleExporter exporter, String baseName, byte[] bytes,
                                              Instant timestamp) {
        Format format = exporter.format();
        String relationship = Format.JSON.equals(format) ? "Source" : "Data";
        return new ArchiveParts.Attachment(baseName + "." + format.extension(),
                "The article in the Tearsheet " + format.name() + " format, from which this PDF was made",
                format.mediaType(), relationship, bytes, timestamp);
    }

    static String head(RenderContext context, Metadata md) {
        String left = md.publisher() != null ? md.publisher() : md.kicker();
        return left == null ? "" : context.clean(left);
    }

    static List<String> creators(RenderContext context, Metadata md) {
        List<String> creators = new ArrayList<>();
        for (Byline byline : md.bylines()) {
            String name = context.clean(byline.name()).strip();
            if (!name.isEmpty()) {
                creators.add(name);
            }
        }
        return creators;
    }

    /** The document language: the article's tag, or "und" (undetermined) when it has none. */
    static String language(String tag) {
        return tag == null ? "und" : tag;
    }
}

package io.tearsheet.pdf.internal.render;

import io.tearsheet.io.Sha256;
import io.tearsheet.pdf.internal.PdfSettings;
import io.tearsheet.pdf.internal.font.FontPool;
import io.tearsheet.pdf.internal.font.FontSet;
import io.tearsheet.pdf.internal.hyphenation.Hyphenator;
import io.tearsheet.pdf.internal.page.PageComposer;
import io.tearsheet.pdf.internal.page.PageGeometry;
import io.tearsheet.pdf.internal.tagging.StructureTree;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/** Creates the per-export objects every renderer needs, wired together. */
final class DocumentSetup {
    private DocumentSetup() {
    }

    static RenderContext context(PDDocument document, PdfSettings settings, FontSet fonts) {
        float gutter = settings.columns() > 1 ? Math.max(12f, settings.pageSize().width() / 36f) : 0;
        PageGeometry geometry = new PageGeometry(settings.pageSize(), settings.margins(), settings.columns(), gutter,
                settings.twoSided());
        StructureTree tree = new StructureTree();
        Typography type = Typography.of(geometry);
        PageComposer composer = new PageComposer(document, geometry, tree, type.page(), null);
        return new RenderContext(fonts, tree, composer, type, settings.hyphenation(), new FigurePictures(document));
    }

    static ArticleFurniture furniture(RenderContext context) {
        ArticleFurniture furniture = new ArticleFurniture(context.setter(Hyphenator.NONE), context.type.furniture(),
                context.composer.geometry().textWidth(), context.composer.geometry().twoSided());
        context.composer.furniture(furniture);
        return furniture;
    }

    static FontSet fonts(PDDocument document, PdfSettings settings) {
        return new FontSet(document, FontPool.SHARED, settings.userFonts());
    }

    /** A digest of what determines the output, from which the file identifier is taken. */
    static MessageDigest digest(PdfSettings settings, Instant timestamp) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(("tearsheet-pdf/1\n" + settings.fingerprint() + "\n" + timestamp + "\n")
                .getBytes(StandardCharsets.UTF_8));
        return digest;
    }
}

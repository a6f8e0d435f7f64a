package io.tearsheet.bench.peers;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.tearsheet.model.Article;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * openhtmltopdf (HTML + CSS → PDF through PDFBox) on {@link HtmlDocument}: fast mode, the Liberation faces
 * registered from memory and subset on embedding, the font-metrics cache kept between runs as a long-running
 * service would keep it. With {@code archival}, it also tags the PDF and claims PDF/A-3a and PDF/UA, the profile our
 * exporter always writes.
 */
public final class OpenHtmlToPdfEngine implements PdfEngine {
    private final String html;
    private final boolean archival;
    private final List<LiberationFonts.Face> faces = LiberationFonts.FACES;
    private final List<byte[]> fontBytes;
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

    public OpenHtmlToPdfEngine(Article article, boolean archival) {
        QuietLogging.install();
        this.html = HtmlDocument.of(article);
        this.archival = archival;
        this.fontBytes = faces.stream().map(LiberationFonts.Face::bytes).toList();
    }

    /** The HTML it renders. */
    public String html() {
        return html;
    }

    @Override
    public void render(OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
        for (int i = 0; i < faces.size(); i++) {
            LiberationFonts.Face face = faces.get(i);
            byte[] bytes = fontBytes.get(i);
            builder.useFont(() -> new ByteArrayInputStream(bytes), face.family(), face.weight(),
                    face.italic() ? BaseRendererBuilder.FontStyle.ITALIC : BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        if (archival) {
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
            builder.usePdfUaAccessibility(true);
            builder.useColorProfile(srgb);
        }
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
    }
}

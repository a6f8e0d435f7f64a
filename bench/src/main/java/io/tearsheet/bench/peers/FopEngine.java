package io.tearsheet.bench.peers;

import io.tearsheet.model.Article;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;

import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Apache FOP (XSL-FO → PDF) on {@link FoDocument}: one {@link FopFactory} configured once with the Liberation
 * faces embedded (FOP subsets TrueType fonts by default) and reused, as FOP's documentation recommends; a new
 * {@link Fop} per document. With {@code archival}, it also tags the PDF (accessibility) and claims PDF/A-3a and
 * PDF/UA-1.
 */
public final class FopEngine implements PdfEngine {
    private final String fo;
    private final FopFactory factory;
    private final boolean archival;
    private final TransformerFactory transformers = TransformerFactory.newInstance();

    /**
     * @param fontDir a folder to copy the font files into (FOP reads fonts from URIs)
     */
    public FopEngine(Article article, boolean archival, Path fontDir) throws IOException {
        QuietLogging.install();
        this.fo = FoDocument.of(article);
        this.archival = archival;
        LiberationFonts.copyTo(fontDir);
        StringBuilder config = new StringBuilder("<fop version=\"1.0\">");
        if (archival) {
            config.append("<accessibility>true</accessibility>");
        }
        config.append("<renderers><renderer mime=\"application/pdf\">");
        if (archival) {
            config.append("<pdf-a-mode>PDF/A-3a</pdf-a-mode><pdf-ua-mode>PDF/UA-1</pdf-ua-mode>");
        }
        config.append("<fonts>");
        for (LiberationFonts.Face face : LiberationFonts.FACES) {
            config.append("<font kerning=\"yes\" embed-url=\"").append(fontDir.resolve(face.fileName()).toUri())
                    .append("\"><font-triplet name=\"").append(face.family()).append("\" style=\"")
                    .append(face.italic() ? "italic" : "normal").append("\" weight=\"")
                    .append(face.weight() >= 700 ? "bold" : "normal").append("\"/></font>");
        }
        config.append("</fonts></renderer></renderers></fop>");
        try {
            this.factory = FopFactory.newInstance(fontDir.toUri(),
                    new ByteArrayInputStream(config.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (org.xml.sax.SAXException e) {
            throw new IOException("FOP configuration refused", e);
        }
    }

    /** The XSL-FO it renders. */
    public String fo() {
        return fo;
    }

    @Override
    public void render(OutputStream out) throws IOException {
        try {
            FOUserAgent agent = factory.newFOUserAgent();
            if (archival) {
                agent.setAccessibility(true);
                agent.setTitle("article");
            }
            Fop fop = factory.newFop(MimeConstants.MIME_PDF, agent, out);
            Transformer transformer = transformers.newTransformer();
            transformer.transform(new StreamSource(new StringReader(fo)), new SAXResult(fop.getDefaultHandler()));
        } catch (TransformerException | org.apache.fop.apps.FOPException e) {
            throw new IOException("FOP failed: " + e.getMessage(), e);
        }
    }
}

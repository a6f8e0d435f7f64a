package io.tearsheet.pdf.internal.render;

import io.tearsheet.export.FigureImages;
import io.tearsheet.export.Image;
import io.tearsheet.export.ImageResolver;
import io.tearsheet.model.Article;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The image XObjects of one document's figures, each picture made once (by its digest) however many figures or
 * articles show it. A JPEG is embedded as it is (DCT); PNGs and GIFs are decoded and embedded losslessly, their
 * transparency as a soft mask, which PDF/A-3 allows. Four-component (CMYK) JPEGs are refused: the document's output
 * intent is sRGB, and PDF/A forbids device CMYK beside it. One export's; not thread-safe.
 */
final class FigurePictures {
    static final String CMYK = "is a CMYK JPEG, which this sRGB PDF/A cannot show as it is";
    static final String UNDECODABLE = "could not be decoded";

    private final PDDocument document;
    private final Map<String, PDImageXObject> objects = new HashMap<>();
    private final Map<String, String> refused = new HashMap<>();

    FigurePictures(PDDocument document) {
        this.document = document;
    }

    /** The images {@code resolver} finds for {@code article}'s figures, those the PDF cannot show refused. */
    FigureImages find(Article article, ImageResolver resolver) {
        return FigureImages.of(article, resolver, this::prepare, 1);
    }

    /** The XObject of an image {@link #find} accepted. */
    PDImageXObject object(Image image) {
        PDImageXObject object = objects.get(image.digest());
        if (object == null) {
            throw new IllegalStateException("image not prepared: " + image);
        }
        return object;
    }

    /** Makes the image's XObject now, so that a picture that cannot be decoded is noted rather than fails. */
    private Optional<String> prepare(Image image) {
        String digest = image.digest();
        if (objects.containsKey(digest)) {
            return Optional.empty();
        }
        String problem = refused.get(digest);
        if (problem == null) {
            problem = image.isFourComponentJpeg() ? CMYK : create(image, digest);
        }
        if (problem != null) {
            refused.put(digest, problem);
        }
        return Optional.ofNullable(problem);
    }

    /** Null when made, else why not. */
    private String create(Image image, String digest) {
        try {
            PDImageXObject object;
            if (image.mediaType().equals(Image.JPEG)) {
                object = JPEGFactory.createFromByteArray(document, image.bytes());
            } else {
                BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(image.bytes()));
                if (pixels == null) {
                    return UNDECODABLE;
                }
                object = LosslessFactory.createFromImage(document, pixels);
            }
            objects.put(digest, object);
            return null;
        } catch (IOException | RuntimeException e) {
            // a truncated or malformed file is the page's fault, not the export's
            return UNDECODABLE;
        }
    }
}

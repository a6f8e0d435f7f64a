package io.tearsheet.epub.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The generated pages before the articles, the same for an article and a book: a cover (an SVG image on a page
 * of its own, marked as the cover for library views) and a title page, each as the options ask.
 */
final class FrontMatter {
    private FrontMatter() {
    }

    /** Adds the front matter's files to the manifest, in reading order. */
    static void manifest(List<ManifestItem> manifest, ResolvedOptions options) {
        if (options.cover()) {
            manifest.add(CoverImage.manifestItem());
            manifest.add(ManifestItem.document(CoverPage.FILE));
        }
        if (options.titlePage()) {
            manifest.add(ManifestItem.document(TitlePage.FILE));
        }
    }

    /** Adds the front matter's landmarks. */
    static void landmarks(List<Landmark> landmarks, ResolvedOptions options) {
        if (options.cover()) {
            landmarks.add(new Landmark("cover", CoverPage.LABEL, CoverPage.FILE));
        }
        if (options.titlePage()) {
            landmarks.add(new Landmark("titlepage", TitlePage.LABEL, TitlePage.FILE));
        }
    }

    /** Writes the front matter's files; the cover and title page are made with the writer that cleans their text. */
    static void write(EpubZip zip, ExportContext context, ResolvedOptions options, String language,
                      Function<XmlWriter, CoverImage> cover, Function<XmlWriter, TitlePage> titlePage)
            throws IOException {
        if (options.cover()) {
            EpubFiles.xml(zip, context, CoverImage.FILE, xml -> cover.apply(xml).write(xml));
            EpubFiles.xml(zip, context, CoverPage.FILE, xml -> {
                CoverImage image = cover.apply(xml);
                CoverPage.write(xml, language, image.title(), image.description());
            });
        }
        if (options.titlePage()) {
            EpubFiles.xml(zip, context, TitlePage.FILE, xml -> titlePage.apply(xml).write(xml));
        }
    }
}

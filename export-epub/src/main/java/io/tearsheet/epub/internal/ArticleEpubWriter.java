package io.tearsheet.epub.internal;

import io.tearsheet.export.DisplayText;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.ImageResolver;
import io.tearsheet.export.QuotedSources;
import io.tearsheet.model.Article;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Identifier;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Series;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the EPUB of one article: title page, the article, the images of its figures, its "Sources quoted" page,
 * navigation document, NCX, stylesheet and package, in that fixed order after {@code mimetype} and {@code container.xml}.
 */
public final class ArticleEpubWriter {
    private final ResolvedOptions options;

    /** A writer with the exporter's resolved options; cheap, made per export. */
    public ArticleEpubWriter(ResolvedOptions options) {
        this.options = options;
    }

    /** Writes {@code article} to {@code out}, flushed and left open, and says what had to change. */
    public ExportReport write(Article article, OutputStream out) throws IOException {
        return write(article, ImageResolver.none(), out);
    }

    /**
     * Writes {@code article} with the images {@code resolver} finds for its figures, and says what had to change
     * and which figures are shown without their image.
     */
    public ExportReport write(Article article, ImageResolver resolver, OutputStream out) throws IOException {
        ExportContext context = new ExportContext();
        FigureFiles images = FigureFiles.of(article, resolver, 1);
        images.notes().forEach(context::change);
        context.scan(article);
        Metadata m = article.metadata();
        Instant modified = Timestamps.of(options.modified(), article);
        boolean sources = options.sourcesPage() && !QuotedSources.of(article).isEmpty();
        ChapterFiles files = ChapterFiles.single(sources);
        ArticleQuotes quotes = ArticleQuotes.of(article, files);
        String language = Languages.of(m);
        String identifier = PublicationIdentifiers.of(article);
        boolean figures = ArticleFacts.hasFigures(article);

        List<ManifestItem> manifest = new ArrayList<>();
        manifest.add(new ManifestItem("nav", NavDocument.FILE, ManifestItem.XHTML, "nav", false));
        manifest.add(new ManifestItem(PackageDocument.NCX_ID, NcxDocument.FILE, "application/x-dtbncx+xml", null,
                false));
        manifest.add(new ManifestItem("css", XhtmlPage.STYLESHEET, "text/css", null, false));
        FrontMatter.manifest(manifest, options);
        images.manifest(manifest);
        manifest.add(ManifestItem.document(files.article()));
        if (sources) {
            manifest.add(ManifestItem.document(files.sources()));
        }
        List<ContentsEntry> contents = new ArrayList<>();
        contents.add(ContentsEntry.link(m.headline(), files.article()));
        if (sources) {
            contents.add(ContentsEntry.link(SourcesDocument.TITLE, files.sources()));
        }
        List<Landmark> landmarks = new ArrayList<>();
        FrontMatter.landmarks(landmarks, options);
        landmarks.add(new Landmark("bodymatter", "Start of the article", files.article()));

        EpubZip zip = new EpubZip(out, modified);
        zip.text(ContainerDocument.FILE, ContainerDocument.CONTENT);
        EpubFiles.xml(zip, context, PackageDocument.FILE, xml -> {
            String title = CleanText.orFallback(xml, m.headline(), DisplayText.UNTITLED);
            PackageDocument.write(xml, metadata(m, identifier, title, language, modified, figures, images.state(),
                    sources, options.cover()), manifest);
        });
        EpubFiles.xml(zip, context, NavDocument.FILE, xml -> NavDocument.write(xml, language, contents, landmarks));
        EpubFiles.xml(zip, context, NcxDocument.FILE, xml -> NcxDocument.write(xml, identifier,
                CleanText.orFallback(xml, m.headline(), DisplayText.UNTITLED), contents));
        EpubFiles.text(zip, XhtmlPage.STYLESHEET, options.css(images.any()));
        FrontMatter.write(zip, context, options, language, xml -> cover(xml, m),
                xml -> titlePage(xml, m, language));
        EpubFiles.xml(zip, context, files.article(), xml -> ArticleDocument.write(xml, context, article, quotes,
                images));
        images.write(zip);
        if (sources) {
            EpubFiles.xml(zip, context, files.sources(), xml -> SourcesDocument.write(xml, context, article, quotes));
        }
        zip.finish();
        out.flush();
        return context.report();
    }

    private static PublicationMetadata metadata(Metadata m, String identifier, String title, String language,
                                                Instant modified, boolean figures,
                                                Accessibility.FigureState figureState, boolean sources,
                                                boolean cover) {
        List<String> creators = m.bylines().stream().map(Byline::name).toList();
        List<String> others = m.identifiers().stream().map(Identifier::value).toList();
        Series series = m.series();
        return PublicationMetadata.builder()
                .identifiers(identifier, others)
                .title(title)
                .language(language)
                .creators(creators)
                .publisher(m.publisher())
                .date(m.published() == null ? null : MachineDates.of(m.published()).orElse(null))
                .source(m.canonicalUrl())
                .rights(m.rights())
                .description(m.deck())
                .subject(m.kicker())
                .series(series == null ? null : series.title(), series == null ? null : series.part())
                .modified(modified)
                .figures(figures, figureState)
                .summary(Accessibility.summary(1, sources, figures, cover, figureState))
                .cover(cover)
                .build();
    }

    private static CoverImage cover(XmlWriter xml, Metadata m) {
        List<String> names = m.bylines().stream().map(Byline::name).filter(n -> CleanText.hasText(xml, n))
                .toList();
        String imprint = m.publisher() != null && CleanText.hasText(xml, m.publisher()) ? m.publisher()
                : m.published() == null ? null : DisplayText.date(m.published());
        return new CoverImage(CleanText.hasText(xml, m.kicker()) ? m.kicker() : null,
                CleanText.orFallback(xml, m.headline(), DisplayText.UNTITLED),
                names.isEmpty() ? null : DisplayText.names(names), imprint);
    }

    private static TitlePage titlePage(XmlWriter xml, Metadata m, String language) {
        List<String> imprint = new ArrayList<>();
        if (m.publisher() != null) {
            imprint.add(m.publisher());
        }
        if (m.published() != null) {
            imprint.add(DisplayText.date(m.published()));
        }
        Series series = m.series();
        String seriesLine = series == null || !CleanText.hasText(xml, series.title()) ? null
                : DisplayText.seriesPosition(series) + xml.clean(series.title());
        return new TitlePage(language, m.kicker(), CleanText.orFallback(xml, m.headline(), DisplayText.UNTITLED),
                m.deck(), m.bylines().stream().map(Byline::name).toList(), seriesLine, imprint, m.rights());
    }
}

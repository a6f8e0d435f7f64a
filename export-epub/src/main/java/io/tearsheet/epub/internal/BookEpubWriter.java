package io.tearsheet.epub.internal;

import io.tearsheet.epub.BookArrangement;
import io.tearsheet.export.Book;
import io.tearsheet.export.DisplayText;
import io.tearsheet.export.ExportException;
import io.tearsheet.export.ExportReport;
import io.tearsheet.model.Article;
import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Series;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a book of many articles as one EPUB, streaming: a first pass reads each article once to learn its
 * metadata and what pages it needs, and keeps only that; the package, contents and title page are then written,
 * and a second pass reads the articles again, one at a time, writing each one's documents and adding it to the
 * "Who is quoted" index, which comes last. Memory holds the plan and the index, never all the articles.
 */
public final class BookEpubWriter {
    private final ResolvedOptions options;
    private final BookArrangement arrangement;
    private final boolean whoIsQuoted;

    /** A writer with the exporter's resolved options; cheap, made per export. */
    public BookEpubWriter(ResolvedOptions options, BookArrangement arrangement, boolean whoIsQuoted) {
        this.options = options;
        this.arrangement = arrangement;
        this.whoIsQuoted = whoIsQuoted;
    }

    /**
     * Writes {@code book} to {@code out}, flushed and left open, and says what had to change.
     *
     * @throws ExportException when the book has no articles, its source changes them between the reads, or
     *                         {@code SOURCE_DATE_EPOCH} is malformed
     */
    public ExportReport write(Book book, OutputStream out) throws IOException {
        BookPlan plan = BookPlan.of(book, options, arrangement, whoIsQuoted);
        ExportContext context = new ExportContext();
        reportMissingImages(context, plan.chapters());
        scanBookText(context, book);
        EpubZip zip = new EpubZip(out, plan.modified());
        writePackageAndNavigation(zip, context, book, plan);
        QuotedPlaces quoted = writeArticles(zip, context, book, plan);
        if (plan.index()) {
            writeWhoIsQuoted(zip, context, plan, quoted);
        }
        zip.finish();
        out.flush();
        return context.report();
    }

    /** Lists, by headline, the figures shown without their image. */
    private static void reportMissingImages(ExportContext context, List<ChapterPlan> chapters) {
        for (ChapterPlan chapter : chapters) {
            String headline = chapter.metadata().headline();
            chapter.images().notes().forEach(note -> context.change(headline + ": " + note));
        }
    }

    /** Notes the characters XML forbids in the book's own text, which the package and front matter show. */
    private static void scanBookText(ExportContext context, Book book) {
        context.scan(book.title());
        context.scan(book.subtitle());
        book.authors().forEach(context::scan);
        context.scan(book.publisher());
        context.scan(book.rights());
        context.scan(book.identifier());
    }

    /** The files before the articles: container, package, navigation, NCX, stylesheet, cover and title page. */
    private void writePackageAndNavigation(EpubZip zip, ExportContext context, Book book, BookPlan plan)
            throws IOException {
        List<ManifestItem> manifest = manifest(plan);
        List<ContentsEntry> contents = contents(plan);
        List<Landmark> landmarks = landmarks(plan);
        zip.text(ContainerDocument.FILE, ContainerDocument.CONTENT);
        EpubFiles.xml(zip, context, PackageDocument.FILE,
                xml -> PackageDocument.write(xml, metadata(xml, book, plan), manifest));
        EpubFiles.xml(zip, context, NavDocument.FILE,
                xml -> NavDocument.write(xml, plan.language(), contents, landmarks));
        EpubFiles.xml(zip, context, NcxDocument.FILE, xml -> NcxDocument.write(xml, plan.identifier(),
                CleanText.orFallback(xml, book.title(), DisplayText.UNTITLED), contents));
        EpubFiles.text(zip, XhtmlPage.STYLESHEET, options.css(plan.figureState().shown()));
        FrontMatter.write(zip, context, options, plan.language(), xml -> cover(xml, book),
                xml -> titlePage(xml, book, plan.chapters(), plan.language()));
    }

    /**
     * The second pass: reads each article again, checks it is the one planned, and writes its documents and
     * images; gathers what the index needs of it.
     */
    private QuotedPlaces writeArticles(EpubZip zip, ExportContext context, Book book, BookPlan plan)
            throws IOException {
        QuotedPlaces quoted = new QuotedPlaces(plan);
        for (int position = 0; position < plan.chapters().size(); position++) {
            ChapterPlan chapter = plan.chapters().get(position);
            ChapterFiles files = plan.files().get(position);
            Article article = readAgain(book, chapter);
            context.scan(article);
            ArticleQuotes quotes = ArticleQuotes.of(article, files);
            FigureFiles images = imagesAgain(book, chapter, article);
            EpubFiles.xml(zip, context, files.article(),
                    xml -> ArticleDocument.write(xml, context, article, quotes, images));
            images.write(zip);
            if (files.sources() != null) {
                EpubFiles.xml(zip, context, files.sources(),
                        xml -> SourcesDocument.write(xml, context, article, quotes));
            }
            if (plan.index()) {
                quoted.add(position, article, quotes);
            }
        }
        return quoted;
    }

    /** The chapter's article read a second time, which must be the one the first pass planned. */
    private static Article readAgain(Book book, ChapterPlan chapter) throws IOException {
        Article article = BookPlan.read(book.articles(), chapter.given());
        if (!ArticleFingerprint.of(article).equals(chapter.fingerprint())) {
            throw new ExportException("article " + chapter.given() + " of book '" + book.title()
                    + "' changed between the two reads of the export; the article source must return the same"
                    + " article each time");
        }
        return article;
    }

    /** The images of the chapter's figures found a second time, which must be the ones the first pass found. */
    private static FigureFiles imagesAgain(Book book, ChapterPlan chapter, Article article) throws IOException {
        FigureFiles images = FigureFiles.of(article, book.articles().images(chapter.given()),
                chapter.images().firstNumber());
        if (!images.fingerprint().equals(chapter.images().fingerprint())) {
            throw new ExportException("the images of article " + chapter.given() + " of book '" + book.title()
                    + "' changed between the two reads of the export");
        }
        return images;
    }

    private static void writeWhoIsQuoted(EpubZip zip, ExportContext context, BookPlan plan, QuotedPlaces quoted)
            throws IOException {
        EpubFiles.xml(zip, context, WhoIsQuotedDocument.FILE,
                xml -> WhoIsQuotedDocument.write(xml, plan.language(), quoted.entries(), quoted));
    }

    /** The files in reading order: title page, contents, each article and its sources, the index. */
    private List<ManifestItem> manifest(BookPlan plan) {
        List<ManifestItem> manifest = new ArrayList<>();
        manifest.add(new ManifestItem(PackageDocument.NCX_ID, NcxDocument.FILE, "application/x-dtbncx+xml", null,
                false));
        manifest.add(new ManifestItem("css", XhtmlPage.STYLESHEET, "text/css", null, false));
        FrontMatter.manifest(manifest, options);
        manifest.add(new ManifestItem("nav", NavDocument.FILE, ManifestItem.XHTML, "nav", true));
        for (int i = 0; i < plan.files().size(); i++) {
            ChapterFiles chapter = plan.files().get(i);
            manifest.add(ManifestItem.document(chapter.article()));
            manifest.addAll(plan.chapters().get(i).images().manifest());
            if (chapter.sources() != null) {
                manifest.add(ManifestItem.document(chapter.sources()));
            }
        }
        if (plan.index()) {
            manifest.add(ManifestItem.document(WhoIsQuotedDocument.FILE));
        }
        return manifest;
    }

    /** The contents: the articles, grouped as the arrangement says, then the index. */
    private List<ContentsEntry> contents(BookPlan plan) {
        List<ContentsEntry> contents = new ArrayList<>();
        int position = 0;
        for (BookLayout.Group group : plan.groups()) {
            List<ContentsEntry> entries = new ArrayList<>();
            for (int member : group.members()) {
                entries.add(ContentsEntry.link(label(plan.given().get(member), group.heading() != null
                        && arrangement == BookArrangement.BY_SERIES), plan.files().get(position++).article()));
            }
            if (group.heading() == null) {
                contents.addAll(entries);
            } else {
                contents.add(new ContentsEntry(group.heading(), null, entries));
            }
        }
        if (plan.index()) {
            contents.add(ContentsEntry.link(WhoIsQuotedDocument.TITLE, WhoIsQuotedDocument.FILE));
        }
        return contents;
    }

    /** The landmarks: front matter, contents, the first article, the index. */
    private List<Landmark> landmarks(BookPlan plan) {
        List<Landmark> landmarks = new ArrayList<>();
        FrontMatter.landmarks(landmarks, options);
        landmarks.add(new Landmark("toc", NavDocument.TITLE, NavDocument.FILE + "#" + NavDocument.TOC_ID));
        landmarks.add(new Landmark("bodymatter", "Start of the articles", plan.files().get(0).article()));
        if (plan.index()) {
            landmarks.add(new Landmark("index", WhoIsQuotedDocument.TITLE, WhoIsQuotedDocument.FILE));
        }
        return landmarks;
    }

    /** An article's line in the contents: its headline, after its part number inside a series. */
    private static String label(ChapterPlan plan, boolean inSeries) {
        Series series = plan.metadata().series();
        String headline = plan.metadata().headline();
        if (inSeries && series != null && series.part() != null) {
            return "Part " + series.part() + ": " + headline;
        }
        return headline;
    }

    private PublicationMetadata metadata(XmlWriter xml, Book book, BookPlan plan) {
        return PublicationMetadata.builder()
                .identifiers(plan.identifier(), List.of())
                .title(CleanText.orFallback(xml, book.title(), DisplayText.UNTITLED))
                .language(plan.language())
                .creators(book.authors())
                .publisher(book.publisher())
                .rights(book.rights())
                .description(book.subtitle())
                .series(plan.commonSeries(), null)
                .modified(plan.modified())
                .figures(plan.figures(), plan.figureState())
                .summary(Accessibility.summary(plan.chapters().size(), plan.anySources(), plan.figures(),
                        options.cover(), plan.figureState()))
                .cover(options.cover())
                .build();
    }

    private static CoverImage cover(XmlWriter xml, Book book) {
        List<String> names = book.authors().stream().filter(n -> CleanText.hasText(xml, n)).toList();
        return new CoverImage(null, CleanText.orFallback(xml, book.title(), DisplayText.UNTITLED),
                names.isEmpty() ? null : DisplayText.names(names),
                book.publisher() != null && CleanText.hasText(xml, book.publisher()) ? book.publisher() : null);
    }

    private static TitlePage titlePage(XmlWriter xml, Book book, List<ChapterPlan> plans, String language) {
        List<String> imprint = new ArrayList<>();
        if (book.publisher() != null) {
            imprint.add(book.publisher());
        }
        imprint.add(plans.size() == 1 ? "One article" : plans.size() + " articles");
        List<ArticleDate> dates = BookLayout.dates(plans);
        if (!dates.isEmpty()) {
            ArticleDate first = dates.stream().min(Comparator.naturalOrder()).get();
            ArticleDate last = dates.stream().max(Comparator.naturalOrder()).get();
            String from = DisplayText.date(first);
            String to = DisplayText.date(last);
            imprint.add(from.equals(to) ? from : from + " – " + to);
        }
        return new TitlePage(language, null, CleanText.orFallback(xml, book.title(), DisplayText.UNTITLED),
                book.subtitle(), book.authors(), null, imprint, book.rights());
    }
}

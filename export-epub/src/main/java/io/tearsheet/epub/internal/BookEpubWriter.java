package io.tearsheet.epub.internal;

import io.tearsheet.epub.BookArrangement;
import io.tearsheet.export.ArticleSource;
import io.tearsheet.export.Book;
import io.tearsheet.export.BookIndex;
import io.tearsheet.export.DisplayText;
import io.tearsheet.export.ExportException;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.QuotedSources;
import io.tearsheet.export.XmlText;
import io.tearsheet.model.Article;
import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Series;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Comparator;

/**
 * Writes a book of many articles as one EPUB, streaming: a first pass reads each article once to learn its
 * metadata and what pages it needs, and keeps only that; the package, contents and title page are then written,
 * and a second pass reads the articles again, one at a time, writing each one's documents and adding it to the
 * "Who is quoted" index, which comes last. Memory holds the plan and the index, never all the articles.
 */
public final class BookEpubWriter {
    private final EpubOptions options;
    private final BookArrangement arrangement;
    private final boolean whoIsQuoted;

    /** A writer with the exporter's resolved options; cheap, made per export. */
    public BookEpubWriter(EpubOptions options, BookArrangement arrangement, boolean whoIsQuoted) {
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
        ArticleSource source = book.articles();
        int size = source.size();
        if (size < 1) {
            throw new ExportException("book '" + book.title() + "' has no articles: an EPUB needs at least one");
        }
        ExportContext context = new ExportContext();
        List<ChapterPlan> given = firstPass(source, size);
        List<BookLayout.Group> groups = BookLayout.arrange(given, arrangement);
        List<ChapterPlan> plans = new ArrayList<>(size);
        List<ChapterFiles> files = new ArrayList<>(size);
        for (BookLayout.Group group : groups) {
            for (int member : group.members()) {
                ChapterPlan plan = given.get(member);
                files.add(ChapterFiles.inBook(plans.size(), options.sourcesPage() && plan.quoted()));
                plans.add(plan);
            }
        }
        boolean index = whoIsQuoted && plans.stream().anyMatch(ChapterPlan::attributed);
        boolean figures = plans.stream().anyMatch(ChapterPlan::figures);
        Accessibility.FigureState figureState = figureState(plans);
        for (ChapterPlan plan : plans) {
            String headline = plan.metadata().headline();
            plan.images().notes().forEach(note -> context.change(headline + ": " + note));
        }
        boolean anySources = files.stream().anyMatch(f -> f.sources() != null);
        String language = bookLanguage(book, plans);
        String identifier = bookIdentifier(book, plans);
        Instant modified = Timestamps.ofLatest(options.modified(), BookLayout.dates(plans));

        List<ManifestItem> manifest = manifest(files, plans, index);
        List<ContentsEntry> contents = contents(groups, given, files, index);
        List<Landmark> landmarks = new ArrayList<>();
        FrontMatter.landmarks(landmarks, options);
        landmarks.add(new Landmark("toc", NavDocument.TITLE, NavDocument.FILE + "#" + NavDocument.TOC_ID));
        landmarks.add(new Landmark("bodymatter", "Start of the articles", files.get(0).article()));
        if (index) {
            landmarks.add(new Landmark("index", WhoIsQuotedDocument.TITLE, WhoIsQuotedDocument.FILE));
        }
        context.scan(book.title());
        context.scan(book.subtitle());
        book.authors().forEach(context::scan);
        context.scan(book.publisher());
        context.scan(book.rights());
        context.scan(book.identifier());

        EpubZip zip = new EpubZip(out, modified);
        zip.text(ContainerDocument.FILE, ContainerDocument.CONTENT);
        EpubFiles.xml(zip, context, PackageDocument.FILE, xml -> PackageDocument.write(xml,
                metadata(xml, book, plans, identifier, language, modified, figures, figureState, anySources), manifest));
        EpubFiles.xml(zip, context, NavDocument.FILE, xml -> NavDocument.write(xml, language, contents, landmarks));
        EpubFiles.xml(zip, context, NcxDocument.FILE, xml -> NcxDocument.write(xml, identifier,
                CleanText.orFallback(xml, book.title(), DisplayText.UNTITLED), contents));
        EpubFiles.text(zip, XhtmlPage.STYLESHEET, options.css(figureState.shown()));
        FrontMatter.write(zip, context, options, language, xml -> cover(xml, book),
                xml -> titlePage(xml, book, plans, language));
        BookIndex bookIndex = new BookIndex();
        String[][] anchors = new String[plans.size()][];
        for (int position = 0; position < plans.size(); position++) {
            ChapterPlan plan = plans.get(position);
            Article article = read(source, plan.given());
            if (!ArticleFingerprint.of(article).equals(plan.fingerprint())) {
                throw new ExportException("article " + plan.given() + " of book '" + book.title()
                        + "' changed between the two reads of the export; the article source must return the same"
                        + " article each time");
            }
            context.scan(article);
            ArticleQuotes quotes = ArticleQuotes.of(article, files.get(position));
            FigureFiles images = FigureFiles.of(article, source.images(plan.given()), plan.images().firstNumber());
            if (!images.fingerprint().equals(plan.images().fingerprint())) {
                throw new ExportException("the images of article " + plan.given() + " of book '" + book.title()
                        + "' changed between the two reads of the export");
            }
            EpubFiles.xml(zip, context, files.get(position).article(),
                    xml -> ArticleDocument.write(xml, context, article, quotes, images));
            images.write(zip);
            if (files.get(position).sources() != null) {
                EpubFiles.xml(zip, context, files.get(position).sources(),
                        xml -> SourcesDocument.write(xml, context, article, quotes));
            }
            if (index) {
                bookIndex.add(position, article);
                anchors[position] = anchors(quotes);
            }
        }
        if (index) {
            WhoIsQuotedDocument.Places places = new WhoIsQuotedDocument.Places() {
                @Override
                public String articleFile(int article) {
                    return files.get(article).article();
                }

                @Override
                public String headline(int article) {
                    return plans.get(article).metadata().headline();
                }

                @Override
                public String anchor(int article, int number) {
                    return anchors[article][number - 1];
                }
            };
            EpubFiles.xml(zip, context, WhoIsQuotedDocument.FILE,
                    xml -> WhoIsQuotedDocument.write(xml, language, bookIndex.entries(), places));
        }
        zip.finish();
        out.flush();
        return context.report();
    }

    private static List<ChapterPlan> firstPass(ArticleSource source, int size) throws IOException {
        List<ChapterPlan> plans = new ArrayList<>(size);
        int nextImage = 1;
        for (int i = 0; i < size; i++) {
            Article article = read(source, i);
            // numbered across the book so that no two articles' images share a file name
            FigureFiles images = FigureFiles.of(article, source.images(i), nextImage);
            ChapterPlan.Images found = ChapterPlan.Images.of(images, nextImage);
            nextImage += images.count();
            String fingerprint = ArticleFingerprint.of(article);
            QuotedSources quoted = QuotedSources.of(article);
            plans.add(new ChapterPlan(i, article.metadata(), fingerprint,
                    PublicationIdentifiers.of(article, fingerprint), !quoted.isEmpty(), !quoted.entries().isEmpty(),
                    ArticleFacts.hasFigures(article), found));
        }
        return plans;
    }

    private static Article read(ArticleSource source, int index) throws IOException {
        Article article = source.get(index);
        if (article == null) {
            throw new ExportException("the book's article source returned no article at index " + index);
        }
        return article;
    }

    /** The anchors of an article's numbered quotations, by number − 1: all the index needs of it. */
    private static String[] anchors(ArticleQuotes quotes) {
        List<QuotedSources.NumberedQuote> numbered = quotes.quoted().quotes();
        String[] anchors = new String[numbered.size()];
        for (QuotedSources.NumberedQuote quote : numbered) {
            anchors[quote.number() - 1] = quotes.anchor(quote);
        }
        return anchors;
    }

    /** The files in reading order: title page, contents, each article and its sources, the index. */
    private List<ManifestItem> manifest(List<ChapterFiles> files, List<ChapterPlan> plans, boolean index) {
        List<ManifestItem> manifest = new ArrayList<>();
        manifest.add(new ManifestItem(PackageDocument.NCX_ID, NcxDocument.FILE, "application/x-dtbncx+xml", null,
                false));
        manifest.add(new ManifestItem("css", XhtmlPage.STYLESHEET, "text/css", null, false));
        FrontMatter.manifest(manifest, options);
        manifest.add(new ManifestItem("nav", NavDocument.FILE, ManifestItem.XHTML, "nav", true));
        for (int i = 0; i < files.size(); i++) {
            ChapterFiles chapter = files.get(i);
            manifest.add(ManifestItem.document(chapter.article()));
            manifest.addAll(plans.get(i).images().manifest());
            if (chapter.sources() != null) {
                manifest.add(ManifestItem.document(chapter.sources()));
            }
        }
        if (index) {
            manifest.add(ManifestItem.document(WhoIsQuotedDocument.FILE));
        }
        return manifest;
    }

    private List<ContentsEntry> contents(List<BookLayout.Group> groups, List<ChapterPlan> given,
                                         List<ChapterFiles> files, boolean index) {
        List<ContentsEntry> contents = new ArrayList<>();
        int position = 0;
        for (BookLayout.Group group : groups) {
            List<ContentsEntry> entries = new ArrayList<>();
            for (int member : group.members()) {
                entries.add(ContentsEntry.link(label(given.get(member), group.heading() != null
                        && arrangement == BookArrangement.BY_SERIES), files.get(position++).article()));
            }
            if (group.heading() == null) {
                contents.addAll(entries);
            } else {
                contents.add(new ContentsEntry(group.heading(), null, entries));
            }
        }
        if (index) {
            contents.add(ContentsEntry.link(WhoIsQuotedDocument.TITLE, WhoIsQuotedDocument.FILE));
        }
        return contents;
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

    private static String bookLanguage(Book book, List<ChapterPlan> plans) {
        if (book.language() != null && isLanguageTag(book.language())) {
            return book.language();
        }
        return Languages.of(plans.get(0).metadata());
    }

    private static boolean isLanguageTag(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (java.util.IllformedLocaleException e) {
            return false;
        }
    }

    private static String bookIdentifier(Book book, List<ChapterPlan> plans) {
        if (book.identifier() != null) {
            String clean = new XmlText().clean(book.identifier()).strip();
            if (!clean.isEmpty()) {
                return clean;
            }
        }
        PublicationIdentifiers.ForBook forBook = new PublicationIdentifiers.ForBook(book.title());
        plans.forEach(plan -> forBook.add(plan.identifier()));
        return forBook.identifier();
    }

    private PublicationMetadata metadata(XmlWriter xml, Book book, List<ChapterPlan> plans,
                                                String identifier, String language, Instant modified,
                                                boolean figures, Accessibility.FigureState figureState,
                                                boolean sources) {
        String series = commonSeries(plans);
        return new PublicationMetadata(identifier, List.of(),
                CleanText.orFallback(xml, book.title(), DisplayText.UNTITLED), language, book.authors(),
                book.publisher(), null, null, book.rights(), book.subtitle(), null, series, null, modified,
                figures, figureState, Accessibility.summary(plans.size(), sources, figures, options.cover(),
                figureState), options.cover());
    }

    /** The figures' images over the whole book: shown if any article shows one, described if all shown are. */
    private static Accessibility.FigureState figureState(List<ChapterPlan> plans) {
        boolean shown = false;
        boolean allShown = true;
        boolean described = true;
        for (ChapterPlan plan : plans) {
            Accessibility.FigureState state = plan.images().state();
            shown |= state.shown();
            allShown &= !plan.figures() || state.allShown();
            described &= state.described();
        }
        return shown ? new Accessibility.FigureState(true, allShown, described)
                : Accessibility.FigureState.TEXT_ONLY;
    }

    /** The series every article belongs to, or null when they do not all share one. */
    private static String commonSeries(List<ChapterPlan> plans) {
        String title = null;
        for (ChapterPlan plan : plans) {
            Series series = plan.metadata().series();
            if (series == null || (title != null && !title.equals(series.title()))) {
                return null;
            }
            title = series.title();
        }
        return title;
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

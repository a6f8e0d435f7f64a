package io.tearsheet.epub.internal;

import io.tearsheet.epub.BookArrangement;
import io.tearsheet.export.ArticleSource;
import io.tearsheet.export.Book;
import io.tearsheet.export.ExportException;
import io.tearsheet.export.QuotedSources;
import io.tearsheet.export.XmlText;
import io.tearsheet.model.Article;
import io.tearsheet.model.Series;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * Everything a book export decides in its first pass, before anything is written: the articles' order and
 * files, whether the book has an index, and its language, identifier and time.
 *
 * @param groups      the contents' groups, whose members index {@code given}
 * @param given       the chapters in the source's order
 * @param chapters    the chapters in reading order
 * @param files       each chapter's files, in reading order
 * @param index       whether the book ends with the "Who is quoted" index
 * @param figures     whether any chapter has figures
 * @param figureState what became of the figures' images over the whole book
 * @param language    the book's language
 * @param identifier  its unique identifier
 * @param modified    its modification time
 */
record BookPlan(List<BookLayout.Group> groups, List<ChapterPlan> given, List<ChapterPlan> chapters,
                List<ChapterFiles> files, boolean index, boolean figures, Accessibility.FigureState figureState,
                String language, String identifier, Instant modified) {
    BookPlan {
        groups = List.copyOf(groups);
        given = List.copyOf(given);
        chapters = List.copyOf(chapters);
        files = List.copyOf(files);
    }

    /**
     * Reads each article of {@code book} once, keeping only what the plan needs of it, then puts the chapters in
     * reading order and decides the book's files, language, identifier and time.
     *
     * @throws ExportException when the book has no articles
     */
    static BookPlan of(Book book, ResolvedOptions options, BookArrangement arrangement, boolean whoIsQuoted)
            throws IOException {
        ArticleSource source = book.articles();
        int size = source.size();
        if (size < 1) {
            throw new ExportException("book '" + book.title() + "' has no articles: an EPUB needs at least one");
        }
        List<ChapterPlan> given = firstPass(source, size);
        List<BookLayout.Group> groups = BookLayout.arrange(given, arrangement);
        List<ChapterPlan> chapters = new ArrayList<>(given.size());
        List<ChapterFiles> files = new ArrayList<>(given.size());
        for (BookLayout.Group group : groups) {
            for (int member : group.members()) {
                ChapterPlan chapter = given.get(member);
                files.add(ChapterFiles.inBook(chapters.size(), options.sourcesPage() && chapter.quoted()));
                chapters.add(chapter);
            }
        }
        boolean index = whoIsQuoted && chapters.stream().anyMatch(ChapterPlan::attributed);
        boolean figures = chapters.stream().anyMatch(ChapterPlan::figures);
        return new BookPlan(groups, given, chapters, files, index, figures, figureState(chapters),
                language(book, chapters), identifier(book, chapters),
                Timestamps.ofLatest(options.modified(), BookLayout.dates(chapters)));
    }

    /** Whether any article has a "Sources quoted" page. */
    boolean anySources() {
        return files.stream().anyMatch(f -> f.sources() != null);
    }

    /** The series every article belongs to, or null when they do not all share one. */
    String commonSeries() {
        String title = null;
        for (ChapterPlan chapter : chapters) {
            Series series = chapter.metadata().series();
            if (series == null || (title != null && !title.equals(series.title()))) {
                return null;
            }
            title = series.title();
        }
        return title;
    }

    /** The article the book's source gives at {@code index}, which must be one. */
    static Article read(ArticleSource source, int index) throws IOException {
        Article article = source.get(index);
        if (article == null) {
            throw new ExportException("the book's article source returned no article at index " + index);
        }
        return article;
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

    /** The figures' images over the whole book: shown if any article shows one, described if all shown are. */
    private static Accessibility.FigureState figureState(List<ChapterPlan> chapters) {
        boolean shown = false;
        boolean allShown = true;
        boolean described = true;
        for (ChapterPlan chapter : chapters) {
            Accessibility.FigureState state = chapter.images().state();
            shown |= state.shown();
            allShown &= !chapter.figures() || state.allShown();
            described &= state.described();
        }
        return shown ? new Accessibility.FigureState(true, allShown, described)
                : Accessibility.FigureState.TEXT_ONLY;
    }

    /** The book's own language when it is a well-formed tag, else the first article's. */
    private static String language(Book book, List<ChapterPlan> chapters) {
        if (book.language() != null && isLanguageTag(book.language())) {
            return book.language();
        }
        return Languages.of(chapters.get(0).metadata());
    }

    private static boolean isLanguageTag(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /** The book's own identifier when anything of it survives cleaning, else one made of its title and articles. */
    private static String identifier(Book book, List<ChapterPlan> chapters) {
        if (book.identifier() != null) {
            String clean = new XmlText().clean(book.identifier()).strip();
            if (!clean.isEmpty()) {
                return clean;
            }
        }
        PublicationIdentifiers.ForBook forBook = new PublicationIdentifiers.ForBook(book.title());
        chapters.forEach(chapter -> forBook.add(chapter.identifier()));
        return forBook.identifier();
    }
}

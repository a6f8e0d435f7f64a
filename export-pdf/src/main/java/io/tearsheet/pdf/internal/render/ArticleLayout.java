package io.tearsheet.pdf.internal.render;

import io.tearsheet.export.DisplayText;
import io.tearsheet.export.FigureImages;
import io.tearsheet.export.ImageResolver;
import io.tearsheet.export.QuotedSources;
import io.tearsheet.model.Article;
import io.tearsheet.model.Metadata;
import io.tearsheet.pdf.internal.hyphenation.Hyphenator;
import io.tearsheet.pdf.internal.page.PageComposer;
import io.tearsheet.pdf.internal.tagging.StructNode;
import io.tearsheet.pdf.internal.text.ParagraphSetter;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Sets one article, in three parts placed one after another: the {@link ArticleHeader} across the columns, the
 * sections in the columns ({@link SectionLayout}), then {@link SourcesList "Sources quoted"} with the pages where
 * each source's quotations fell; then evens out the last page's columns. Bookmarks the headline and the level-2
 * headings where they land. One article's; not thread-safe.
 */
final class ArticleLayout {
    private final RenderContext context;
    private final Article article;
    private final StructNode root;
    private final ParagraphSetter setter;
    private final FigureImages images;
    private final QuotedSources quoted;
    private final LinePages linePages = new LinePages();

    ArticleLayout(RenderContext context, Article article, StructNode root) {
        this(context, article, root, FigureImages.of(article, ImageResolver.none()));
    }

    /** A layout whose figures show the pictures of {@code images} (found with {@link FigurePictures#find}). */
    ArticleLayout(RenderContext context, Article article, StructNode root, FigureImages images) {
        this.context = context;
        this.images = images;
        this.article = article;
        this.root = root;
        this.setter = context.setter(Hyphenator.forLanguage(article.metadata().language()));
        this.quoted = QuotedSources.of(article);
    }

    /** The headline as printed and bookmarked; {@link DisplayText#UNTITLED} when nothing printable is left of it. */
    static String headline(RenderContext context, Metadata metadata) {
        String cleaned = context.clean(metadata.headline()).strip();
        return cleaned.isEmpty() ? DisplayText.UNTITLED : cleaned;
    }

    /** Sets the article, starting at the composer's current position (the caller starts a new page). */
    void layout() throws IOException {
        PageComposer composer = context.composer;
        composer.listener((line, page) -> {
            String heading = context.pendingHeadings.remove(line);
            if (heading != null) {
                context.outline.add(new OutlineEntry(heading, composer.page(), composer.cursor(), 1));
            }
            linePages.placed(line, page);
        });
        composer.beginSpanning();
        String title = headline(context, article.metadata());
        context.outline.add(new OutlineEntry(title, composer.page(), composer.cursor(), 0));
        ArticleHeader header = new ArticleHeader(context.type, setter, composer.width());
        composer.place(header.items(article.metadata(), title, root));
        composer.endSpanning();
        Headings headings = new Headings(context, setter);
        composer.place(new SectionLayout(context, setter, root, images, headings,
                ArticleRenderer.language(article.metadata().language())).items(article.sections()));
        // Only now are the pages of the quotations known.
        composer.place(new SourcesList(context, setter, root, headings, linePages).items(quoted));
        composer.balance();
    }

    /**
     * The printed page of every numbered quotation ({@link QuotedSources} numbering), once {@link #layout} has
     * run; for a book's index of who is quoted.
     */
    Map<Integer, String> quotePages() {
        Map<Integer, String> pages = new HashMap<>();
        for (QuotedSources.NumberedQuote quote : quoted.quotes()) {
            pages.put(quote.number(), linePages.page(quote.quote().paragraph(), quote.quote().start()));
        }
        return pages;
    }
}

package io.tearsheet.epub.internal;

import io.tearsheet.export.BookIndex;
import io.tearsheet.export.QuotedSources;
import io.tearsheet.model.Article;

import java.util.List;

/**
 * Who is quoted in which article of a book, and where each numbered quotation stands: all the "Who is quoted"
 * index keeps of the articles once they are written, so that memory never holds the articles themselves.
 */
final class QuotedPlaces implements WhoIsQuotedDocument.Places {
    private final BookPlan plan;
    private final BookIndex index = new BookIndex();
    /** The anchors of each article's numbered quotations, by position, then by number − 1. */
    private final String[][] anchors;

    QuotedPlaces(BookPlan plan) {
        this.plan = plan;
        this.anchors = new String[plan.chapters().size()][];
    }

    /** Adds the article at book {@code position}, whose documents were written with {@code quotes}. */
    void add(int position, Article article, ArticleQuotes quotes) {
        index.add(position, article);
        List<QuotedSources.NumberedQuote> numbered = quotes.quoted().quotes();
        String[] places = new String[numbered.size()];
        for (QuotedSources.NumberedQuote quote : numbered) {
            places[quote.number() - 1] = quotes.anchor(quote);
        }
        anchors[position] = places;
    }

    /** The index's entries: each source once, with the articles that quote it. */
    List<BookIndex.Entry> entries() {
        return index.entries();
    }

    @Override
    public String articleFile(int article) {
        return plan.files().get(article).article();
    }

    @Override
    public String headline(int article) {
        return plan.chapters().get(article).metadata().headline();
    }

    @Override
    public String anchor(int article, int number) {
        return anchors[article][number - 1];
    }
}

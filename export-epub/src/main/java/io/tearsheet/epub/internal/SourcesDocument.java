package io.tearsheet.epub.internal;

import io.tearsheet.export.DisplayText;
import io.tearsheet.export.QuotedSources;
import io.tearsheet.model.Article;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Quote;
import io.tearsheet.model.QuoteKind;
import io.tearsheet.model.Source;

import java.util.List;
import java.util.Optional;
import io.tearsheet.export.ScriptLanguages;

/**
 * Writes an article's "Sources quoted" page: every source in order of its first quotation, with what the article
 * says it is and the other names it goes by, and each of its quotations under the number core's
 * {@link QuotedSources} gives it. Each quotation is an end note, so that a reading system can show it as a pop-up
 * from the note reference in the article, and links back to where it stands; quotations nobody is named for come
 * last.
 */
final class SourcesDocument {
    static final String TITLE = "Sources quoted";
    static final String UNATTRIBUTED = "Not attributed";
    static final String UNNAMED_SOURCE = "Unnamed source";

    private final XmlWriter out;
    private final ExportContext context;
    private final Article article;
    private final ArticleQuotes quotes;

    private SourcesDocument(XmlWriter out, ExportContext context, Article article, ArticleQuotes quotes) {
        this.out = out;
        this.context = context;
        this.article = article;
        this.quotes = quotes;
    }

    static void write(XmlWriter out, ExportContext context, Article article, ArticleQuotes quotes) {
        new SourcesDocument(out, context, article, quotes).write();
    }

    private void write() {
        String headline = CleanText.orFallback(out, article.metadata().headline(), DisplayText.UNTITLED);
        XhtmlPage.begin(out, Languages.of(article.metadata()), TITLE + ": " + headline, "backmatter",
                "sources-page");
        out.start("section", "class", "sources", "epub:type", "endnotes", "role", "doc-endnotes",
                "aria-labelledby", "sources-title").newline();
        out.element("h1", TITLE, "id", "sources-title").newline();
        QuotedSources quoted = quotes.quoted();
        out.start("p", "class", "sources-intro").text(count(quoted.quotes().size(), "quotation", "quotations"))
                .text(" in ").start("a", "href", quotes.files().article()).text(headline).end()
                .text(quoted.entries().isEmpty() ? "." : ", from " + count(quoted.entries().size(), "source", "sources")
                        + ".");
        out.endLine();
        int position = 0;
        for (QuotedSources.Entry entry : quoted.entries()) {
            position++;
            source(position, entry.source(), entry.quotes());
        }
        if (!quoted.unattributed().isEmpty()) {
            out.start("section", "class", "source unattributed", "id", "unattributed").newline();
            out.element("h2", UNATTRIBUTED, "class", "source-name").newline();
            quotations(quoted.unattributed());
            out.endLine();
        }
        out.endLine();
        XhtmlPage.end(out);
    }

    private void source(int position, Source source, List<QuotedSources.NumberedQuote> numbered) {
        String kind = source.kind().name().toLowerCase(java.util.Locale.ROOT);
        out.start("section", "class", "source " + kind, "id", ArticleQuotes.sourceId(position)).newline();
        out.element("h2", CleanText.orFallback(out, source.name(), UNNAMED_SOURCE), "class", "source-name")
                .newline();
        boolean description = CleanText.hasText(out, source.description());
        List<String> aliases = source.aliases().stream().filter(a -> CleanText.hasText(out, a)).toList();
        if (description || !aliases.isEmpty()) {
            out.start("p", "class", "source-about");
            if (description) {
                out.element("span", source.description(), "class", "description");
            }
            if (!aliases.isEmpty()) {
                if (description) {
                    out.text("; ");
                }
                out.start("span", "class", "aliases").text("also “");
                for (int i = 0; i < aliases.size(); i++) {
                    if (i > 0) {
                        out.text("”, “");
                    }
                    out.text(aliases.get(i));
                }
                out.text("”").end();
            }
            out.endLine();
        }
        quotations(numbered);
        out.endLine();
    }

    private void quotations(List<QuotedSources.NumberedQuote> numbered) {
        out.start("ol", "class", "quotations").newline();
        InlineRenderer excerpt = InlineRenderer.forExcerpt(out, context, quotes);
        for (QuotedSources.NumberedQuote entry : numbered) {
            Quote quote = entry.quote();
            String number = Integer.toString(entry.number());
            out.start("li", "id", ArticleQuotes.noteId(entry.number()), "value", number, "epub:type", "endnote",
                    "class", "quotation " + quote.kind().name().toLowerCase(java.util.Locale.ROOT));
            out.start("p");
            boolean marks = quote.kind() != QuoteKind.INDIRECT;
            String lang = ScriptLanguages.differing(quote.text(), Languages.of(article.metadata())).orElse(null);
            out.start("span", "class", "words", "lang", lang, "xml:lang", lang);
            if (marks) {
                out.text("“");
            }
            Optional<List<Inline>> content = quotes.excerptContent(quote.id());
            if (content.isPresent()) {
                excerpt.render(content.get());
            } else {
                if (quotes.spanContent(quote.id()).isPresent()) {
                    context.change("a quotation whose markup nests more than " + ArticleQuotes.MAX_EXCERPT_DEPTH
                            + " levels deep is repeated without its markup on the \"" + TITLE + "\" page");
                }
                out.text(quote.text());
            }
            if (marks) {
                out.text("”");
            }
            out.end();
            if (quote.kind() == QuoteKind.INDIRECT) {
                out.raw(" ").element("span", "(reported)", "class", "kind");
            }
            if (CleanText.hasText(out, quote.cue())) {
                out.raw(" ").element("span", quote.cue(), "class", "cue");
            }
            out.raw(" ").element("a", "↩", "class", "backlink", "role", "doc-backlink",
                    "aria-label", "Back to quotation " + number,
                    "href", quotes.files().article() + "#" + quotes.anchor(entry));
            out.end();
            out.endLine();
        }
        out.endLine();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}

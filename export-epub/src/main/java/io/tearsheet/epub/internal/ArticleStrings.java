package io.tearsheet.epub.internal;

import io.tearsheet.model.Article;
import io.tearsheet.model.BlockHandler;
import io.tearsheet.model.Blocks;
import io.tearsheet.model.Byline;
import io.tearsheet.model.EditorialInsertion;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Heading;
import io.tearsheet.model.Identifier;
import io.tearsheet.model.Inline;
import io.tearsheet.model.InlineContainer;
import io.tearsheet.model.InlineHandler;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.Link;
import io.tearsheet.model.ListBlock;
import io.tearsheet.model.ListItem;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Quote;
import io.tearsheet.model.Section;
import io.tearsheet.model.Source;
import io.tearsheet.model.Text;

import java.util.List;
import java.util.function.Consumer;

/**
 * Every piece of text of an article that an EPUB may show or record, each once (a quotation's text is not
 * repeated: it is the text of its paragraph).
 */
final class ArticleStrings {
    private ArticleStrings() {
    }

    static void forEach(Article article, Consumer<String> sink) {
        Consumer<String> nonNull = s -> {
            if (s != null) {
                sink.accept(s);
            }
        };
        metadata(article.metadata(), nonNull);
        for (Section section : article.sections()) {
            nonNull.accept(section.title());
            Blocks.walk(section.blocks(), blocks(nonNull));
        }
        for (Source source : article.sources()) {
            nonNull.accept(source.id());
            nonNull.accept(source.name());
            nonNull.accept(source.description());
            source.aliases().forEach(nonNull);
        }
        for (Quote quote : article.quotes()) {
            nonNull.accept(quote.id());
            nonNull.accept(quote.cue());
        }
    }

    private static void metadata(Metadata m, Consumer<String> sink) {
        sink.accept(m.headline());
        sink.accept(m.deck());
        sink.accept(m.kicker());
        for (Byline byline : m.bylines()) {
            sink.accept(byline.name());
            sink.accept(byline.role());
        }
        sink.accept(m.dateline());
        sink.accept(m.publisher());
        if (m.series() != null) {
            sink.accept(m.series().title());
        }
        sink.accept(m.canonicalUrl());
        sink.accept(m.rights());
        for (Identifier identifier : m.identifiers()) {
            sink.accept(identifier.value());
        }
    }

    private static BlockHandler blocks(Consumer<String> sink) {
        return new BlockHandler() {
            @Override
            public void paragraph(Paragraph paragraph) {
                inlines(paragraph.content(), sink);
            }

            @Override
            public void heading(Heading heading) {
                inlines(heading.content(), sink);
            }

            @Override
            public void figure(Figure figure) {
                sink.accept(figure.source());
                inlines(figure.caption(), sink);
                sink.accept(figure.credit());
                sink.accept(figure.altText());
            }

            @Override
            public void list(ListBlock list) {
                for (ListItem item : list.items()) {
                    inlines(item.content(), sink);
                }
            }
        };
    }

    private static void inlines(List<Inline> inlines, Consumer<String> sink) {
        Inlines.walk(inlines, new InlineHandler() {
            @Override
            public void text(Text text) {
                sink.accept(text.text());
            }

            @Override
            public void insertion(EditorialInsertion insertion) {
                sink.accept(insertion.text());
            }

            @Override
            public void enter(InlineContainer container) {
                if (container instanceof Link link) {
                    sink.accept(link.href());
                }
            }
        });
    }
}

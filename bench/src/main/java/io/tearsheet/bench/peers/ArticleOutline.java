package io.tearsheet.bench.peers;

import io.tearsheet.export.QuotedSources;
import io.tearsheet.model.Article;
import io.tearsheet.model.Block;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.BlockVisitor;
import io.tearsheet.model.Divider;
import io.tearsheet.model.EditorialInsertion;
import io.tearsheet.model.Emphasis;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Heading;
import io.tearsheet.model.Inline;
import io.tearsheet.model.InlineContainer;
import io.tearsheet.model.InlineHandler;
import io.tearsheet.model.Inlines;
import io.tearsheet.model.Link;
import io.tearsheet.model.ListBlock;
import io.tearsheet.model.ListItem;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Section;
import io.tearsheet.model.Strong;
import io.tearsheet.model.Text;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes an article in a peer's input format (Markdown, HTML, XSL-FO): the same text as our exporters set — the
 * header (kicker, headline, deck, byline, dateline), every section's blocks with their inline emphasis and links,
 * and the list of sources quoted — so each tool typesets the same words. Subclasses say how each piece looks in
 * their markup; the walk over blocks and inlines is done once, here, with core's {@link Inlines#walk}.
 */
abstract class ArticleOutline {
    protected final StringBuilder out = new StringBuilder(32 * 1024);

    /** The document for {@code article}. */
    final String write(Article article) {
        Metadata m = article.metadata();
        begin(m);
        header(m);
        for (Section section : article.sections()) {
            sectionStart(section);
            blocks(section.blocks());
            sectionEnd(section);
        }
        QuotedSources sources = QuotedSources.of(article);
        if (!sources.isEmpty()) {
            sourcesStart();
            for (QuotedSources.Entry entry : sources.entries()) {
                String numbers = entry.quotes().stream().map(q -> String.valueOf(q.number()))
                        .collect(Collectors.joining(", "));
                source(entry.source().name(), entry.source().description(), numbers);
            }
            sourcesEnd();
        }
        end();
        return out.toString();
    }

    protected abstract void begin(Metadata metadata);

    protected abstract void header(Metadata metadata);

    protected abstract void sectionStart(Section section);

    protected abstract void sectionEnd(Section section);

    protected abstract void paragraphStart();

    protected abstract void paragraphEnd();

    protected abstract void headingStart(int level);

    protected abstract void headingEnd(int level);

    protected abstract void quoteStart();

    protected abstract void quoteEnd();

    protected abstract void listStart(boolean ordered);

    protected abstract void item(int number, boolean ordered, List<Inline> content);

    protected abstract void listEnd(boolean ordered);

    protected abstract void figure(Figure figure);

    protected abstract void divider();

    protected abstract void text(String text);

    protected abstract void emphasis(boolean open);

    protected abstract void strong(boolean open);

    protected abstract void link(String href, boolean open);

    protected abstract void sourcesStart();

    protected abstract void source(String name, String description, String quoteNumbers);

    protected abstract void sourcesEnd();

    protected abstract void end();

    /** The inline content, through core's walk; quotation spans carry no markup (their marks are text). */
    protected final void inlines(List<Inline> content) {
        Inlines.walk(content, new InlineHandler() {
            @Override
            public void text(Text text) {
                ArticleOutline.this.text(text.text());
            }

            @Override
            public void insertion(EditorialInsertion insertion) {
                ArticleOutline.this.text("[" + insertion.text() + "]");
            }

            @Override
            public void enter(InlineContainer container) {
                mark(container, true);
            }

            @Override
            public void leave(InlineContainer container) {
                mark(container, false);
            }
        });
    }

    private void mark(InlineContainer container, boolean open) {
        if (container instanceof Emphasis) {
            emphasis(open);
        } else if (container instanceof Strong) {
            strong(open);
        } else if (container instanceof Link link) {
            link(link.href(), open);
        }
    }

    private void blocks(List<Block> blocks) {
        BlockVisitor<Void> visitor = new BlockVisitor<>() {
            @Override
            public Void visitParagraph(Paragraph paragraph) {
                paragraphStart();
                inlines(paragraph.content());
                paragraphEnd();
                return null;
            }

            @Override
            public Void visitHeading(Heading heading) {
                headingStart(heading.level());
                inlines(heading.content());
                headingEnd(heading.level());
                return null;
            }

            @Override
            public Void visitBlockQuote(BlockQuote blockQuote) {
                quoteStart();
                blocks(blockQuote.blocks());
                quoteEnd();
                return null;
            }

            @Override
            public Void visitFigure(Figure figure) {
                ArticleOutline.this.figure(figure);
                return null;
            }

            @Override
            public Void visitList(ListBlock list) {
                listStart(list.ordered());
                int number = 1;
                for (ListItem item : list.items()) {
                    item(number++, list.ordered(), item.content());
                }
                listEnd(list.ordered());
                return null;
            }

            @Override
            public Void visitDivider(Divider divider) {
                ArticleOutline.this.divider();
                return null;
            }
        };
        for (Block block : blocks) {
            block.accept(visitor);
        }
    }

    /** Byline names joined for display: "A, B and C". */
    protected static String bylineNames(Metadata m) {
        List<String> names = m.bylines().stream().map(b -> b.role() == null ? b.name() : b.name() + ", " + b.role())
                .toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? null : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}

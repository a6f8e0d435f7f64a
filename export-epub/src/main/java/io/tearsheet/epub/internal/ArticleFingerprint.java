package io.tearsheet.epub.internal;

import io.tearsheet.io.Sha256;
import io.tearsheet.model.Article;
import io.tearsheet.model.BlockHandler;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.Blocks;
import io.tearsheet.model.Byline;
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
import io.tearsheet.model.Quote;
import io.tearsheet.model.QuoteSpan;
import io.tearsheet.model.Section;
import io.tearsheet.model.Source;
import io.tearsheet.model.Strong;
import io.tearsheet.model.Text;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 of everything an article says (metadata, sections, sources, quotations; not its provenance), over an
 * unambiguous encoding: each value is tagged and length-prefixed. Two articles with the same content get the same
 * fingerprint on every machine; it names the EPUB of an article that has no canonical URL, and lets a book export
 * notice an article source that returns something else the second time it is asked.
 */
final class ArticleFingerprint {
    private final MessageDigest digest = Sha256.newDigest();

    private ArticleFingerprint() {
    }

    /** The fingerprint of {@code article}, as lower-case hex. */
    static String of(Article article) {
        ArticleFingerprint fingerprint = new ArticleFingerprint();
        fingerprint.metadata(article.metadata());
        for (Section section : article.sections()) {
            fingerprint.tag('S').value(section.kind().name()).value(section.title());
            Blocks.walk(section.blocks(), fingerprint.blocks());
        }
        for (Source source : article.sources()) {
            fingerprint.tag('O').value(source.id()).value(source.name()).value(source.kind().name())
                    .value(source.description()).values(source.aliases());
        }
        for (Quote quote : article.quotes()) {
            fingerprint.tag('Q').value(quote.id()).value(quote.sourceId()).value(quote.kind().name())
                    .value(quote.cue()).value(quote.text()).number(quote.paragraph()).number(quote.start())
                    .number(quote.end());
        }
        return HexFormat.of().formatHex(fingerprint.digest.digest());
    }

    private void metadata(Metadata m) {
        tag('M').value(m.headline()).value(m.deck()).value(m.kicker()).value(m.dateline()).value(m.publisher())
                .value(m.published() == null ? null : m.published().value())
                .value(m.modified() == null ? null : m.modified().value())
                .value(m.language()).value(m.canonicalUrl()).value(m.rights());
        for (Byline byline : m.bylines()) {
            tag('B').value(byline.name()).value(byline.role());
        }
        if (m.series() != null) {
            tag('R').value(m.series().title()).value(String.valueOf(m.series().part()))
                    .value(String.valueOf(m.series().parts()));
        }
        m.identifiers().forEach(id -> tag('I').value(id.scheme()).value(id.value()));
    }

    private BlockHandler blocks() {
        return new BlockHandler() {
            @Override
            public void enterBlockQuote(BlockQuote quote) {
                tag('(').value(String.valueOf(quote.pullQuote()));
            }

            @Override
            public void leaveBlockQuote(BlockQuote quote) {
                tag(')');
            }

            @Override
            public void paragraph(Paragraph paragraph) {
                tag('P').inlines(paragraph.content());
            }

            @Override
            public void heading(Heading heading) {
                tag('H').number(heading.level()).inlines(heading.content());
            }

            @Override
            public void figure(Figure figure) {
                tag('F').value(figure.source()).inlines(figure.caption()).value(figure.credit())
                        .value(figure.altText());
            }

            @Override
            public void list(ListBlock list) {
                tag('L').value(String.valueOf(list.ordered()));
                for (ListItem item : list.items()) {
                    tag('i').inlines(item.content());
                }
            }

            @Override
            public void divider(Divider divider) {
                tag('D');
            }
        };
    }

    private ArticleFingerprint inlines(List<Inline> inlines) {
        Inlines.walk(inlines, new InlineHandler() {
            @Override
            public void text(Text text) {
                tag('t').value(text.text());
            }

            @Override
            public void insertion(EditorialInsertion insertion) {
                tag('e').value(insertion.text());
            }

            @Override
            public void enter(InlineContainer container) {
                if (container instanceof Emphasis) {
                    tag('<').value("em");
                } else if (container instanceof Strong) {
                    tag('<').value("strong");
                } else if (container instanceof Link link) {
                    tag('<').value("link").value(link.href());
                } else if (container instanceof QuoteSpan span) {
                    tag('<').value("quote").value(span.quoteId());
                }
            }

            @Override
            public void leave(InlineContainer container) {
                tag('>');
            }
        });
        return tag('.');
    }

    private ArticleFingerprint tag(char tag) {
        digest.update((byte) tag);
        return this;
    }

    private ArticleFingerprint value(String value) {
        if (value == null) {
            return number(-1);
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        number(bytes.length);
        digest.update(bytes);
        return this;
    }

    private ArticleFingerprint values(List<String> values) {
        number(values.size());
        values.forEach(this::value);
        return this;
    }

    private ArticleFingerprint number(int number) {
        digest.update(ByteBuffer.allocate(4).putInt(number).array());
        return this;
    }
}

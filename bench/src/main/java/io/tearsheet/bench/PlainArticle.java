package io.tearsheet.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.QuoteSpan;
import io.tearsheet.model.Strong;
import io.tearsheet.model.Text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * A plain mutable POJO tree with the same members, in the same order, as Tearsheet's JSON archive format: what a
 * user would serialise with Jackson databind if they had no exporter. Serialising it is the floor our
 * {@code JsonExporter} is compared with; building it (by {@link #of}) is not measured.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class PlainArticle {
    public String format = "tearsheet-article";
    public String formatVersion = "1.0";
    public PlainMetadata metadata;
    public List<PlainSection> sections = new ArrayList<>();
    public List<PlainSource> sources = new ArrayList<>();
    public List<PlainQuote> quotes = new ArrayList<>();
    public PlainProvenance provenance;

    /** The tree for {@code article}. */
    public static PlainArticle of(Article article) {
        PlainArticle plain = new PlainArticle();
        plain.metadata = PlainMetadata.of(article.metadata());
        article.sections().forEach(section -> {
            PlainSection s = new PlainSection();
            s.kind = lower(section.kind());
            s.title = section.title();
            s.blocks = blocks(section.blocks());
            plain.sections.add(s);
        });
        article.sources().forEach(source -> {
            PlainSource s = new PlainSource();
            s.id = source.id();
            s.name = source.name();
            s.kind = lower(source.kind());
            s.description = source.description();
            s.aliases = new ArrayList<>(source.aliases());
            plain.sources.add(s);
        });
        article.quotes().forEach(quote -> {
            PlainQuote q = new PlainQuote();
            q.id = quote.id();
            q.source = quote.sourceId();
            q.kind = lower(quote.kind());
            q.cue = quote.cue();
            q.text = quote.text();
            q.paragraph = quote.paragraph();
            q.start = quote.start();
            q.end = quote.end();
            plain.quotes.add(q);
        });
        PlainProvenance p = new PlainProvenance();
        p.inputSha256 = article.provenance().inputSha256();
        p.mediaType = article.provenance().mediaType();
        p.reader = article.provenance().reader();
        p.readerVersion = article.provenance().readerVersion();
        article.provenance().removed().forEach(removal -> {
            PlainRemoval r = new PlainRemoval();
            r.text = removal.text();
            r.reason = removal.reason();
            p.removed.add(r);
        });
        p.notes = new ArrayList<>(article.provenance().notes());
        plain.provenance = p;
        return plain;
    }

    private static List<PlainBlock> blocks(List<Block> blocks) {
        List<PlainBlock> plain = new ArrayList<>();
        BlockVisitor<PlainBlock> visitor = new BlockVisitor<>() {
            @Override
            public PlainBlock visitParagraph(Paragraph paragraph) {
                PlainBlock b = PlainBlock.of("paragraph");
                b.content = inlines(paragraph.content());
                return b;
            }

            @Override
            public PlainBlock visitHeading(Heading heading) {
                PlainBlock b = PlainBlock.of("heading");
                b.level = heading.level();
                b.content = inlines(heading.content());
                return b;
            }

            @Override
            public PlainBlock visitBlockQuote(BlockQuote blockQuote) {
                PlainBlock b = PlainBlock.of("blockquote");
                b.pullQuote = blockQuote.pullQuote();
                b.blocks = blocks(blockQuote.blocks());
                return b;
            }

            @Override
            public PlainBlock visitFigure(Figure figure) {
                PlainBlock b = PlainBlock.of("figure");
                b.source = figure.source();
                b.caption = inlines(figure.caption());
                b.credit = figure.credit();
                b.altText = figure.altText();
                return b;
            }

            @Override
            public PlainBlock visitList(ListBlock list) {
                PlainBlock b = PlainBlock.of("list");
                b.ordered = list.ordered();
                b.items = new ArrayList<>();
                list.items().forEach(item -> {
                    PlainItem i = new PlainItem();
                    i.content = inlines(item.content());
                    b.items.add(i);
                });
                return b;
            }

            @Override
            public PlainBlock visitDivider(Divider divider) {
                return PlainBlock.of("divider");
            }
        };
        blocks.forEach(block -> plain.add(block.accept(visitor)));
        return plain;
    }

    private static List<PlainInline> inlines(List<Inline> content) {
        List<PlainInline> top = new ArrayList<>();
        Deque<List<PlainInline>> open = new ArrayDeque<>();
        open.push(top);
        Inlines.walk(content, new InlineHandler() {
            @Override
            public void text(Text text) {
                open.peek().add(PlainInline.leaf("text", text.text()));
            }

            @Override
            public void insertion(EditorialInsertion insertion) {
                open.peek().add(PlainInline.leaf("insertion", insertion.text()));
            }

            @Override
            public void enter(InlineContainer container) {
                PlainInline i = new PlainInline();
                if (container instanceof Emphasis) {
                    i.type = "emphasis";
                } else if (container instanceof Strong) {
                    i.type = "strong";
                } else if (container instanceof Link link) {
                    i.type = "link";
                    i.href = link.href();
                } else if (container instanceof QuoteSpan span) {
                    i.type = "quote";
                    i.quote = span.quoteId();
                }
                i.content = new ArrayList<>();
                open.peek().add(i);
                open.push(i.content);
            }

            @Override
            public void leave(InlineContainer container) {
                open.pop();
            }
        });
        return top;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The metadata members. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class PlainMetadata {
        public String headline;
        public String deck;
        public String kicker;
        public List<PlainByline> bylines = new ArrayList<>();
        public String dateline;
        public String publisher;
        public String published;
        public String modified;
        public String language;
        public PlainSeries series;
        public String canonicalUrl;
        public String rights;
        public List<PlainIdentifier> identifiers = new ArrayList<>();

        static PlainMetadata of(Metadata m) {
            PlainMetadata p = new PlainMetadata();
            p.headline = m.headline();
            p.deck = m.deck();
            p.kicker = m.kicker();
            m.bylines().forEach(byline -> {
                PlainByline b = new PlainByline();
                b.name = byline.name();
                b.role = byline.role();
                p.bylines.add(b);
            });
            p.dateline = m.dateline();
            p.publisher = m.publisher();
            p.published = m.published() == null ? null : m.published().value();
            p.modified = m.modified() == null ? null : m.modified().value();
            p.language = m.language();
            if (m.series() != null) {
                p.series = new PlainSeries();
                p.series.title = m.series().title();
                p.series.part = m.series().part();
                p.series.parts = m.series().parts();
            }
            p.canonicalUrl = m.canonicalUrl();
            p.rights = m.rights();
            m.identifiers().forEach(identifier -> {
                PlainIdentifier i = new PlainIdentifier();
                i.scheme = identifier.scheme();
                i.value = identifier.value();
                p.identifiers.add(i);
            });
            return p;
        }
    }

    /** A byline. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class PlainByline {
        public String name;
        public String role;
    }

    /** A series. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class PlainSeries {
        public String title;
        public Integer part;
        public Integer parts;
    }

    /** An identifier. */
    public static final class PlainIdentifier {
        public String scheme;
        public String value;
    }

    /** A section. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class PlainSection {
        public String kind;
        public String title;
        public List<PlainBlock> blocks;
    }

    /** A block of any type; members a type does not have stay null and are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class PlainBlock {
        public String type;
        public Integer level;
        public Boolean pullQuote;
        public Boolean ordered;
        public String source;
        public List<PlainBlock> blocks;
        public List<PlainInline> content;
        public List<PlainInline> caption;
        public String credit;
        public String altText;
        public List<PlainItem> items;

        static PlainBlock of(String type) {
            PlainBlock b = new PlainBlock();
            b.type = type;
            return b;
        }
    }

    /** A list item. */
    public static final class PlainItem {
        public List<PlainInline> content;
    }

    /** An inline of any type. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class PlainInline {
        public String type;
        public String text;
        public String href;
        public String quote;
        public List<PlainInline> content;

        static PlainInline leaf(String type, String text) {
            PlainInline i = new PlainInline();
            i.type = type;
            i.text = text;
            return i;
        }
    }

    /** A source. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class PlainSource {
        public String id;
        public String name;
        public String kind;
        public String description;
        public List<String> aliases;
    }

    /** A quote; {@code source} is written even when null, as in the archive format. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class PlainQuote {
        public String id;
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public String source;
        public String kind;
        public String cue;
        public String text;
        public int paragraph;
        public int start;
        public int end;
    }

    /** The provenance. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class PlainProvenance {
        public String inputSha256;
        public String mediaType;
        public String reader;
        public String readerVersion;
        public List<PlainRemoval> removed = new ArrayList<>();
        public List<String> notes;
    }

    /** A removed line. */
    public static final class PlainRemoval {
        public String text;
        public String reason;
    }
}

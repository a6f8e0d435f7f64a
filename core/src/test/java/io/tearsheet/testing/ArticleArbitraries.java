package io.tearsheet.testing;

import io.tearsheet.model.ArchiveRecord;
import io.tearsheet.model.Article;
import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Block;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Divider;
import io.tearsheet.model.EditorialInsertion;
import io.tearsheet.model.Emphasis;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Heading;
import io.tearsheet.model.Identifier;
import io.tearsheet.model.Inline;
import io.tearsheet.model.Link;
import io.tearsheet.model.ListBlock;
import io.tearsheet.model.ListItem;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Provenance;
import io.tearsheet.model.Quote;
import io.tearsheet.model.QuoteKind;
import io.tearsheet.model.QuoteSpan;
import io.tearsheet.model.Removal;
import io.tearsheet.model.Section;
import io.tearsheet.model.SectionKind;
import io.tearsheet.model.Series;
import io.tearsheet.model.Source;
import io.tearsheet.model.SourceKind;
import io.tearsheet.model.SpanLocation;
import io.tearsheet.model.Strong;
import io.tearsheet.model.Text;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * jqwik generators of valid articles that use every block, inline, section, quote and source kind, text from
 * every Unicode plane (including characters that XML forbids), and empty optional fields.
 *
 * <pre>{@code
 * @Property
 * void roundTrips(@ForAll("articles") Article article) { ... }
 *
 * @Provide
 * Arbitrary<Article> articles() { return ArticleArbitraries.articles(); }
 * }</pre>
 */
public final class ArticleArbitraries {
    private static final int MAX_INLINE_DEPTH = 3;

    private ArticleArbitraries() {
    }

    /** Valid articles of every shape. */
    public static Arbitrary<Article> articles() {
        return Combinators.combine(metadata(), sections(), sources(), attributions(), provenance())
                .as(ArticleArbitraries::assemble);
    }

    /**
     * Text: mostly words, with a share of characters from every plane, XML-forbidden controls, combining marks,
     * right-to-left scripts and markup-like characters. Never unpaired surrogates (no Unicode text has them).
     */
    public static Arbitrary<String> text() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(40, Arbitraries.of(' ', 'e', 't', 'a', 'o', 'n', 's', 'r', 'i', 'h', 'l', 'd')
                        .map(c -> (int) c)),
                net.jqwik.api.Tuple.of(10, Arbitraries.integers().between(0x20, 0x7E)),
                net.jqwik.api.Tuple.of(6, Arbitraries.of((int) '<', (int) '>', (int) '&', (int) '"', (int) '\'',
                        (int) '“', (int) '”', (int) '‘', (int) '’', (int) '[', (int) ']', (int) '\\', (int) '/')),
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0xA0, 0x2FFF)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0x3000, 0xD7FF)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0xE000, 0xFFFF)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0x10000, 0x10FFFF)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(0x0, 0x1, 0x8, 0x9, 0xA, 0xB, 0xD, 0x1F, 0x7F, 0xFFFE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(0x0301, 0x0308, 0x200D, 0x200F, 0x202E, 0xFE0F)));
        return codePoint.list().ofMinSize(0).ofMaxSize(40).map(ArticleArbitraries::fromCodePoints);
    }

    /** {@link #text()} that is never blank. */
    public static Arbitrary<String> nonBlankText() {
        return text().map(s -> s.isBlank() ? "x" + s : s);
    }

    private static Arbitrary<String> optionalText() {
        return Arbitraries.oneOf(Arbitraries.just((String) null), nonBlankText());
    }

    private static String fromCodePoints(List<Integer> codePoints) {
        StringBuilder out = new StringBuilder();
        codePoints.forEach(out::appendCodePoint);
        return out.toString();
    }

    static Arbitrary<Metadata> metadata() {
        Arbitrary<List<Byline>> bylines = Combinators.combine(nonBlankText(), optionalText()).as(Byline::new)
                .list().ofMaxSize(3);
        Arbitrary<ArticleDate> date = Arbitraries.oneOf(
                Arbitraries.just((ArticleDate) null),
                Arbitraries.integers().between(-20000, 40000)
                        .map(d -> ArticleDate.of(LocalDate.of(1970, 1, 1).plusDays(d))),
                Combinators.combine(Arbitraries.longs().between(-2_000_000_000L, 4_000_000_000L),
                                Arbitraries.integers().between(-18, 18))
                        .as((s, h) -> ArticleDate.of(OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(s),
                                ZoneOffset.ofHours(h)))));
        Arbitrary<Series> series = Arbitraries.oneOf(Arbitraries.just((Series) null),
                Combinators.combine(nonBlankText(), Arbitraries.integers().between(1, 9).injectNull(0.3))
                        .as((title, part) -> new Series(title, part, part == null ? null : part + 2)));
        Arbitrary<String> language = Arbitraries.of(null, "en", "en-GB", "zh-Hant-TW", "ar", "de-CH-1996", "und");
        Arbitrary<String> url = Arbitraries.of(null, "https://example.org/a", "urn:isbn:9780000000000",
                "https://example.org/news?id=1&lang=en#top");
        Arbitrary<List<Identifier>> identifiers = Combinators.combine(nonBlankText(), nonBlankText())
                .as(Identifier::new).list().ofMaxSize(2);
        Arbitrary<Metadata.Builder> first = Combinators.combine(nonBlankText(), optionalText(), optionalText(),
                bylines, optionalText(), optionalText(), date, date).as((headline, deck, kicker, by, dateline,
                publisher, published, modified) -> Metadata.builder().headline(headline).deck(deck).kicker(kicker)
                .bylines(by).dateline(dateline).publisher(publisher).published(published).modified(modified));
        Arbitrary<List<String>> credits = nonBlankText().list().ofMaxSize(2);
        return Combinators.combine(first, language, series, url, optionalText(), identifiers, optionalText(), credits)
                .as((b, lang, s, u, rights, ids, alternative, cr) -> b.language(lang).series(s).canonicalUrl(u)
                        .rights(rights).identifiers(ids).alternativeHeadline(alternative).credits(cr).build());
    }

    static Arbitrary<List<Section>> sections() {
        Arbitrary<Section> section = Combinators.combine(Arbitraries.of(SectionKind.class), optionalText(),
                block().list().ofMaxSize(6)).as(Section::new);
        Arbitrary<Section> body = Combinators.combine(optionalText(), block().list().ofMinSize(1).ofMaxSize(8))
                .as((title, blocks) -> new Section(SectionKind.BODY, title, blocks));
        return Combinators.combine(body, section.list().ofMaxSize(3)).as((b, rest) -> {
            List<Section> all = new ArrayList<>();
            all.add(b);
            all.addAll(rest);
            return all;
        });
    }

    private static Arbitrary<Block> block() {
        Arbitrary<Paragraph> paragraph = inlines(MAX_INLINE_DEPTH, true).map(Paragraph::new);
        Arbitrary<Block> heading = Combinators.combine(Arbitraries.integers().between(2, 6),
                inlines(1, false)).as(Heading::new);
        Arbitrary<Block> quote = Combinators.combine(paragraph.list().ofMinSize(1).ofMaxSize(2),
                Arbitraries.of(true, false)).as((ps, pull) -> new BlockQuote(new ArrayList<>(ps), pull));
        Arbitrary<Block> figure = Combinators.combine(Arbitraries.of("images/a.jpg", "https://example.org/b.png"),
                inlines(1, false), optionalText(), optionalText()).as(Figure::new);
        Arbitrary<Block> list = Combinators.combine(Arbitraries.of(true, false),
                inlines(1, false).map(ListItem::new).list().ofMinSize(1).ofMaxSize(4)).as(ListBlock::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, paragraph.map(p -> (Block) p)),
                net.jqwik.api.Tuple.of(2, heading),
                net.jqwik.api.Tuple.of(2, quote),
                net.jqwik.api.Tuple.of(1, figure),
                net.jqwik.api.Tuple.of(1, list),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Divider())));
    }

    /** Inline trees; spans carry a placeholder id that {@link #assemble} replaces. */
    private static Arbitrary<List<Inline>> inlines(int depth, boolean quotes) {
        Arbitrary<Inline> leaf = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, text().map(Text::new)),
                net.jqwik.api.Tuple.of(1, nonBlankText().map(EditorialInsertion::new)));
        if (depth == 0) {
            return leaf.list().ofMaxSize(3);
        }
        Arbitrary<List<Inline>> inner = Arbitraries.lazy(() -> inlines(depth - 1, quotes));
        List<net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends Inline>>> choices = new ArrayList<>();
        choices.add(net.jqwik.api.Tuple.of(8, leaf));
        choices.add(net.jqwik.api.Tuple.of(1, inner.map(Emphasis::new)));
        choices.add(net.jqwik.api.Tuple.of(1, inner.map(Strong::new)));
        choices.add(net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.of("https://example.org/x",
                "mailto:desk@example.org", "#note"), inner).as(Link::new)));
        if (quotes) {
            choices.add(net.jqwik.api.Tuple.of(3, inner.map(content -> new QuoteSpan("?", content))));
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Arbitrary<Inline> any = Arbitraries.frequencyOf(choices.toArray(new net.jqwik.api.Tuple.Tuple2[0]));
        return any.list().ofMaxSize(5);
    }

    static Arbitrary<List<Source>> sources() {
        return Combinators.combine(nonBlankText(), Arbitraries.of(SourceKind.class), optionalText(),
                        nonBlankText().list().ofMaxSize(2))
                .as((name, kind, description, aliases) -> new Object[]{name, kind, description, aliases})
                .list().ofMaxSize(5)
                .map(raw -> {
                    List<Source> sources = new ArrayList<>();
                    for (int i = 0; i < raw.size(); i++) {
                        Object[] r = raw.get(i);
                        @SuppressWarnings("unchecked")
                        List<String> aliases = (List<String>) r[3];
                        sources.add(new Source("s" + (i + 1), (String) r[0], (SourceKind) r[1], (String) r[2], aliases));
                    }
                    return sources;
                });
    }

    private record Seed(QuoteKind kind, String cue, int source, boolean attributed) {
    }

    private static Arbitrary<List<Seed>> attributions() {
        return Combinators.combine(Arbitraries.of(QuoteKind.class),
                        Arbitraries.of(null, "said", "told", "commented", "according to", "wrote"),
                        Arbitraries.integers().between(0, 100), Arbitraries.of(true, true, false))
                .as(Seed::new).list().ofMinSize(1).ofMaxSize(6);
    }

    private static Arbitrary<Provenance> provenance() {
        Arbitrary<List<Removal>> removed = Combinators.combine(text(), Arbitraries.of("paywall", "share", "qr-code"))
                .as(Removal::new).list().ofMaxSize(3);
        Arbitrary<ArchiveRecord> archive = Arbitraries.oneOf(Arbitraries.just((ArchiveRecord) null),
                Combinators.combine(nonBlankText(), Arbitraries.longs().between(0, Long.MAX_VALUE),
                                Arbitraries.of("response", "resource", "conversion", "revisit"), optionalText(),
                                optionalText())
                        .as((file, offset, type, uri, digest) -> new ArchiveRecord(file, offset, type,
                                "<urn:uuid:6c8a0f3e-1d2b-4c5d-8e9f-0a1b2c3d4e5f>", uri, "2024-05-01T10:11:12Z",
                                digest)));
        return Combinators.combine(Arbitraries.of(null, "ab".repeat(32)), Arbitraries.of(null, "text/plain"),
                        removed, nonBlankText().list().ofMaxSize(2), archive)
                .as((sha, type, rem, notes, arc) -> new Provenance(sha, type,
                        type == null ? null : "tearsheet-plain-text", type == null ? null : "0.1.0", rem, notes, arc));
    }

    private static Article assemble(Metadata metadata, List<Section> rawSections, List<Source> sources,
                                    List<Seed> seeds, Provenance provenance) {
        int[] counter = {0};
        List<Section> sections = new ArrayList<>();
        for (Section section : rawSections) {
            List<Block> blocks = new ArrayList<>();
            for (Block block : section.blocks()) {
                blocks.add(renumber(block, counter));
            }
            sections.add(new Section(section.kind(), section.title(), blocks));
        }
        List<Quote> quotes = new ArrayList<>();
        for (SpanLocation span : SpanLocation.locate(sections)) {
            Seed seed = seeds.get(quotes.size() % seeds.size());
            String sourceId = !seed.attributed() || sources.isEmpty() || seed.kind() == QuoteKind.SCARE ? null
                    : sources.get(seed.source() % sources.size()).id();
            quotes.add(new Quote(span.quoteId(), sourceId, seed.kind(), seed.cue(), span.text(), span.paragraph(),
                    span.start(), span.end()));
        }
        return new Article(metadata, sections, sources, quotes, provenance);
    }

    private static Block renumber(Block block, int[] counter) {
        if (block instanceof Paragraph p) {
            return new Paragraph(renumber(p.content(), counter));
        }
        if (block instanceof BlockQuote q) {
            List<Block> inner = new ArrayList<>();
            q.blocks().forEach(b -> inner.add(renumber(b, counter)));
            return new BlockQuote(inner, q.pullQuote());
        }
        return block;
    }

    private static List<Inline> renumber(List<Inline> inlines, int[] counter) {
        List<Inline> out = new ArrayList<>(inlines.size());
        for (Inline inline : inlines) {
            if (inline instanceof QuoteSpan span) {
                String id = "q" + (++counter[0]);
                out.add(new QuoteSpan(id, renumber(span.content(), counter)));
            } else if (inline instanceof Emphasis e) {
                out.add(new Emphasis(renumber(e.content(), counter)));
            } else if (inline instanceof Strong s) {
                out.add(new Strong(renumber(s.content(), counter)));
            } else if (inline instanceof Link l) {
                out.add(new Link(l.href(), renumber(l.content(), counter)));
            } else {
                out.add(inline);
            }
        }
        return out;
    }
}

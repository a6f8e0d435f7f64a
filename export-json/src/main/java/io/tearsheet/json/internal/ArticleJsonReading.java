package io.tearsheet.json.internal;

import io.tearsheet.json.JsonFormat;
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
import io.tearsheet.model.InvalidArticleException;
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
import io.tearsheet.model.Strong;
import io.tearsheet.model.Text;
import io.tearsheet.read.ReadException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a parsed archive document into an {@link Article}. One instance per document: it knows whether the
 * document is of a newer minor version, in which case unknown members are ignored rather than refused.
 */
public final class ArticleJsonReading {
    private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

    /** Article invariant messages name list elements as {@code quotes[3]}; that maps to a JSON Pointer. */
    private static final Pattern LISTED = Pattern.compile("(quotes|sources|sections)\\[(\\d+)]");

    private final boolean strict;

    private ArticleJsonReading(boolean strict) {
        this.strict = strict;
    }

    /** Reads the article at the document's root, checking format and version first. */
    public static Article read(Node root) {
        String format = root.requiredString("format");
        if (!format.equals(JsonFormat.NAME)) {
            throw root.member("format").error("not a Tearsheet article: format is '" + format + "', expected '"
                    + JsonFormat.NAME + "'");
        }
        Node versionNode = root.required("formatVersion");
        Matcher version = VERSION.matcher(versionNode.string());
        if (!version.matches()) {
            throw versionNode.error("formatVersion must look like 1.0, found '" + versionNode.string() + "'");
        }
        int major = Integer.parseInt(version.group(1));
        int minor = Integer.parseInt(version.group(2));
        if (major != JsonFormat.MAJOR_VERSION) {
            throw versionNode.error("formatVersion " + versionNode.string() + " is not readable: this reader reads "
                    + JsonFormat.MAJOR_VERSION + ".x" + (major > JsonFormat.MAJOR_VERSION ? "; upgrade Tearsheet" : ""));
        }
        return new ArticleJsonReading(minor <= JsonFormat.MINOR_VERSION).article(root);
    }

    private void only(Node node, String... members) {
        if (strict) {
            node.onlyMembers(Set.of(members));
        }
    }

    private Article article(Node root) {
        only(root, "format", "formatVersion", "metadata", "sections", "sources", "quotes", "provenance");
        Metadata metadata = metadata(root.required("metadata"));
        List<Section> sections = new ArrayList<>();
        for (Node section : root.required("sections").array()) {
            sections.add(section(section));
        }
        List<Source> sources = new ArrayList<>();
        for (Node source : root.optionalArray("sources")) {
            sources.add(source(source));
        }
        List<Quote> quotes = new ArrayList<>();
        for (Node quote : root.optionalArray("quotes")) {
            quotes.add(quote(quote));
        }
        Node provenanceNode = root.member("provenance");
        Provenance provenance = provenanceNode == null ? Provenance.NONE : provenance(provenanceNode);
        return build(root, () -> new Article(metadata, sections, sources, quotes, provenance));
    }

    private Metadata metadata(Node m) {
        only(m, "headline", "alternativeHeadline", "deck", "kicker", "bylines", "credits", "dateline", "publisher",
                "published", "modified", "language", "series", "canonicalUrl", "rights", "identifiers");
        List<Byline> bylines = new ArrayList<>();
        for (Node b : m.optionalArray("bylines")) {
            only(b, "name", "role");
            bylines.add(build(b, () -> new Byline(b.requiredString("name"), b.optionalString("role"))));
        }
        List<String> credits = new ArrayList<>();
        for (Node c : m.optionalArray("credits")) {
            credits.add(c.string());
        }
        List<Identifier> identifiers = new ArrayList<>();
        for (Node i : m.optionalArray("identifiers")) {
            only(i, "scheme", "value");
            identifiers.add(build(i, () -> new Identifier(i.requiredString("scheme"), i.requiredString("value"))));
        }
        Series series = null;
        Node s = m.member("series");
        if (s != null && !s.isNull()) {
            only(s, "title", "part", "parts");
            series = build(s, () -> new Series(s.requiredString("title"), s.optionalInteger("part", 1, Integer.MAX_VALUE),
                    s.optionalInteger("parts", 1, Integer.MAX_VALUE)));
        }
        Series finalSeries = series;
        ArticleDate published = date(m, "published");
        ArticleDate modified = date(m, "modified");
        return build(m, () -> Metadata.builder()
                .headline(m.requiredString("headline"))
                .alternativeHeadline(m.optionalString("alternativeHeadline"))
                .deck(m.optionalString("deck"))
                .kicker(m.optionalString("kicker"))
                .bylines(bylines)
                .credits(credits)
                .dateline(m.optionalString("dateline"))
                .publisher(m.optionalString("publisher"))
                .published(published)
                .modified(modified)
                .language(m.optionalString("language"))
                .series(finalSeries)
                .canonicalUrl(m.optionalString("canonicalUrl"))
                .rights(m.optionalString("rights"))
                .identifiers(identifiers)
                .build());
    }

    private ArticleDate date(Node m, String name) {
        String value = m.optionalString(name);
        return value == null ? null : build(m.member(name), () -> new ArticleDate(value));
    }

    private Section section(Node s) {
        only(s, "kind", "title", "blocks");
        SectionKind kind = enumValue(s.required("kind"), SectionKind.class);
        List<Block> blocks = blocks(s.required("blocks"));
        return build(s, () -> new Section(kind, s.optionalString("title"), blocks));
    }

    private List<Block> blocks(Node array) {
        List<Block> blocks = new ArrayList<>();
        for (Node b : array.array()) {
            blocks.add(block(b));
        }
        return blocks;
    }

    private Block block(Node b) {
        String type = b.requiredString("type");
        return switch (type) {
            case "paragraph" -> {
                only(b, "type", "content");
                List<Inline> content = inlines(b.required("content"));
                yield build(b, () -> new Paragraph(content));
            }
            case "heading" -> {
                only(b, "type", "level", "content");
                int level = b.required("level").integer(2, 6);
                List<Inline> content = inlines(b.required("content"));
                yield build(b, () -> new Heading(level, content));
            }
            case "blockquote" -> {
                only(b, "type", "pullQuote", "blocks");
                Node pull = b.member("pullQuote");
                boolean pullQuote = pull != null && pull.bool();
                List<Block> inner = blocks(b.required("blocks"));
                yield build(b, () -> new BlockQuote(inner, pullQuote));
            }
            case "figure" -> {
                only(b, "type", "source", "caption", "credit", "altText");
                Node caption = b.member("caption");
                List<Inline> content = caption == null ? List.of() : inlines(caption);
                yield build(b, () -> new Figure(b.requiredString("source"), content, b.optionalString("credit"),
                        b.optionalString("altText")));
            }
            case "list" -> {
                only(b, "type", "ordered", "items");
                Node ordered = b.member("ordered");
                List<ListItem> items = new ArrayList<>();
                for (Node item : b.required("items").array()) {
                    only(item, "content");
                    List<Inline> content = inlines(item.required("content"));
                    items.add(build(item, () -> new ListItem(content)));
                }
                yield build(b, () -> new ListBlock(ordered != null && ordered.bool(), items));
            }
            case "divider" -> {
                only(b, "type");
                yield new Divider();
            }
            default -> throw b.member("type").error("unknown block type '" + type + "'");
        };
    }

    private List<Inline> inlines(Node array) {
        List<Inline> inlines = new ArrayList<>();
        for (Node i : array.array()) {
            inlines.add(inline(i));
        }
        return inlines;
    }

    private Inline inline(Node i) {
        String type = i.requiredString("type");
        return switch (type) {
            case "text" -> {
                only(i, "type", "text");
                yield new Text(i.requiredString("text"));
            }
            case "insertion" -> {
                only(i, "type", "text");
                yield new EditorialInsertion(i.requiredString("text"));
            }
            case "emphasis" -> {
                only(i, "type", "content");
                yield new Emphasis(inlines(i.required("content")));
            }
            case "strong" -> {
                only(i, "type", "content");
                yield new Strong(inlines(i.required("content")));
            }
            case "link" -> {
                only(i, "type", "href", "content");
                List<Inline> content = inlines(i.required("content"));
                yield build(i, () -> new Link(i.requiredString("href"), content));
            }
            case "quote" -> {
                only(i, "type", "quote", "content");
                List<Inline> content = inlines(i.required("content"));
                yield build(i, () -> new QuoteSpan(i.requiredString("quote"), content));
            }
            default -> throw i.member("type").error("unknown inline type '" + type + "'");
        };
    }

    private Source source(Node s) {
        only(s, "id", "name", "kind", "description", "aliases");
        SourceKind kind = enumValue(s.required("kind"), SourceKind.class);
        List<String> aliases = new ArrayList<>();
        for (Node alias : s.optionalArray("aliases")) {
            aliases.add(alias.string());
        }
        return build(s, () -> new Source(s.requiredString("id"), s.requiredString("name"), kind,
                s.optionalString("description"), aliases));
    }

    private Quote quote(Node q) {
        only(q, "id", "source", "kind", "cue", "text", "paragraph", "start", "end");
        QuoteKind kind = enumValue(q.required("kind"), QuoteKind.class);
        int paragraph = q.required("paragraph").integer(0, Integer.MAX_VALUE);
        int start = q.required("start").integer(0, Integer.MAX_VALUE);
        int end = q.required("end").integer(0, Integer.MAX_VALUE);
        return build(q, () -> new Quote(q.requiredString("id"), q.optionalString("source"), kind,
                q.optionalString("cue"), q.requiredString("text"), paragraph, start, end));
    }

    private Provenance provenance(Node p) {
        only(p, "inputSha256", "mediaType", "reader", "readerVersion", "removed", "notes", "archive");
        List<Removal> removed = new ArrayList<>();
        for (Node r : p.optionalArray("removed")) {
            only(r, "text", "reason");
            removed.add(build(r, () -> new Removal(r.requiredString("text"), r.requiredString("reason"))));
        }
        List<String> notes = new ArrayList<>();
        for (Node note : p.optionalArray("notes")) {
            notes.add(note.string());
        }
        ArchiveRecord archive = archive(p.member("archive"));
        return build(p, () -> new Provenance(p.optionalString("inputSha256"), p.optionalString("mediaType"),
                p.optionalString("reader"), p.optionalString("readerVersion"), removed, notes, archive));
    }

    private ArchiveRecord archive(Node a) {
        if (a == null || a.isNull()) {
            return null;
        }
        only(a, "file", "offset", "recordType", "recordId", "targetUri", "date", "payloadDigest");
        long offset = a.required("offset").wholeNumber(0, Long.MAX_VALUE);
        return build(a, () -> new ArchiveRecord(a.requiredString("file"), offset, a.requiredString("recordType"),
                a.requiredString("recordId"), a.optionalString("targetUri"), a.optionalString("date"),
                a.optionalString("payloadDigest")));
    }

    private static <E extends Enum<E>> E enumValue(Node node, Class<E> type) {
        String value = node.string();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name().toLowerCase(Locale.ROOT));
        }
        throw node.error("'" + value + "' is not one of " + String.join(", ", allowed));
    }

    /** Builds a model value, reporting a broken invariant at the node it came from. */
    private static <T> T build(Node node, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidArticleException e) {
            Matcher listed = LISTED.matcher(e.getMessage());
            String pointer = node.pointer().isEmpty() && listed.lookingAt()
                    ? "/" + listed.group(1) + "/" + listed.group(2)
                    : node.pointer().isEmpty() ? "/" : node.pointer();
            throw new ReadException(e.getMessage(), pointer, e);
        }
    }
}

package io.tearsheet.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tearsheet.json.JsonFormat;
import io.tearsheet.model.ArchiveRecord;
import io.tearsheet.model.Article;
import io.tearsheet.model.Block;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.BlockVisitor;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Divider;
import io.tearsheet.model.EditorialInsertion;
import io.tearsheet.model.Emphasis;
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
import io.tearsheet.model.Provenance;
import io.tearsheet.model.Quote;
import io.tearsheet.model.QuoteSpan;
import io.tearsheet.model.Removal;
import io.tearsheet.model.Section;
import io.tearsheet.model.Series;
import io.tearsheet.model.Source;
import io.tearsheet.model.Strong;
import io.tearsheet.model.Text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import static io.tearsheet.json.internal.JsonOutput.field;
import static io.tearsheet.json.internal.JsonOutput.optionalField;

/**
 * Writes one article in the archive format. Member order is fixed by this code, so output is canonical.
 * Optional members are left out when absent, except {@code quotes[].source}, which is always written
 * ({@code null} for an unattributed quote) as the format's contract shows.
 */
public final class ArticleJsonWriter {
    private final JsonGenerator out;

    public ArticleJsonWriter(JsonGenerator out) {
        this.out = out;
    }

    public void write(Article article) throws IOException {
        out.writeStartObject();
        field(out, "format", JsonFormat.NAME);
        field(out, "formatVersion", JsonFormat.VERSION);
        metadata(article.metadata());
        out.writeArrayFieldStart("sections");
        for (Section section : article.sections()) {
            section(section);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("sources");
        for (Source source : article.sources()) {
            source(source);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("quotes");
        for (Quote quote : article.quotes()) {
            quote(quote);
        }
        out.writeEndArray();
        provenance(article.provenance());
        out.writeEndObject();
    }

    private void metadata(Metadata m) throws IOException {
        out.writeObjectFieldStart("metadata");
        field(out, "headline", m.headline());
        optionalField(out, "alternativeHeadline", m.alternativeHeadline());
        optionalField(out, "deck", m.deck());
        optionalField(out, "kicker", m.kicker());
        out.writeArrayFieldStart("bylines");
        for (Byline byline : m.bylines()) {
            out.writeStartObject();
            field(out, "name", byline.name());
            optionalField(out, "role", byline.role());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("credits");
        for (String credit : m.credits()) {
            JsonOutput.string(out, credit);
        }
        out.writeEndArray();
        optionalField(out, "dateline", m.dateline());
        optionalField(out, "publisher", m.publisher());
        optionalField(out, "published", m.published() == null ? null : m.published().value());
        optionalField(out, "modified", m.modified() == null ? null : m.modified().value());
        optionalField(out, "language", m.language());
        if (m.series() != null) {
            Series series = m.series();
            out.writeObjectFieldStart("series");
            field(out, "title", series.title());
            if (series.part() != null) {
                out.writeNumberField("part", series.part());
            }
            if (series.parts() != null) {
                out.writeNumberField("parts", series.parts());
            }
            out.writeEndObject();
        }
        optionalField(out, "canonicalUrl", m.canonicalUrl());
        optionalField(out, "rights", m.rights());
        out.writeArrayFieldStart("identifiers");
        for (Identifier identifier : m.identifiers()) {
            out.writeStartObject();
            field(out, "scheme", identifier.scheme());
            field(out, "value", identifier.value());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private void section(Section section) throws IOException {
        out.writeStartObject();
        field(out, "kind", lower(section.kind()));
        optionalField(out, "title", section.title());
        blocks("blocks", section.blocks());
        out.writeEndObject();
    }

    private void blocks(String name, List<Block> blocks) throws IOException {
        out.writeArrayFieldStart(name);
        BlockWriter writer = new BlockWriter();
        try {
            for (Block block : blocks) {
                block.accept(writer);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.writeEndArray();
    }

    private void inlines(String name, List<Inline> content) throws IOException {
        out.writeArrayFieldStart(name);
        try {
            Inlines.walk(content, new InlineWriter());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.writeEndArray();
    }

    private void source(Source source) throws IOException {
        out.writeStartObject();
        field(out, "id", source.id());
        field(out, "name", source.name());
        field(out, "kind", lower(source.kind()));
        optionalField(out, "description", source.description());
        out.writeArrayFieldStart("aliases");
        for (String alias : source.aliases()) {
            JsonOutput.string(out, alias);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private void quote(Quote quote) throws IOException {
        out.writeStartObject();
        field(out, "id", quote.id());
        field(out, "source", quote.sourceId());
        field(out, "kind", lower(quote.kind()));
        optionalField(out, "cue", quote.cue());
        field(out, "text", quote.text());
        out.writeNumberField("paragraph", quote.paragraph());
        out.writeNumberField("start", quote.start());
        out.writeNumberField("end", quote.end());
        out.writeEndObject();
    }

    private void provenance(Provenance p) throws IOException {
        out.writeObjectFieldStart("provenance");
        optionalField(out, "inputSha256", p.inputSha256());
        optionalField(out, "mediaType", p.mediaType());
        optionalField(out, "reader", p.reader());
        optionalField(out, "readerVersion", p.readerVersion());
        out.writeArrayFieldStart("removed");
        for (Removal removal : p.removed()) {
            out.writeStartObject();
            field(out, "text", removal.text());
            field(out, "reason", removal.reason());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("notes");
        for (String note : p.notes()) {
            JsonOutput.string(out, note);
        }
        out.writeEndArray();
        if (p.archive() != null) {
            ArchiveRecord a = p.archive();
            out.writeObjectFieldStart("archive");
            field(out, "file", a.file());
            out.writeNumberField("offset", a.offset());
            field(out, "recordType", a.recordType());
            field(out, "recordId", a.recordId());
            optionalField(out, "targetUri", a.targetUri());
            optionalField(out, "date", a.date());
            optionalField(out, "payloadDigest", a.payloadDigest());
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Block dispatch; I/O errors travel unchecked through the visitor and are unwrapped by {@link #blocks}. */
    private final class BlockWriter implements BlockVisitor<Void> {
        @Override
        public Void visitParagraph(Paragraph paragraph) {
            return io(() -> {
                out.writeStartObject();
                field(out, "type", "paragraph");
                inlines("content", paragraph.content());
                out.writeEndObject();
            });
        }

        @Override
        public Void visitHeading(Heading heading) {
            return io(() -> {
                out.writeStartObject();
                field(out, "type", "heading");
                out.writeNumberField("level", heading.level());
                inlines("content", heading.content());
                out.writeEndObject();
            });
        }

        @Override
        public Void visitBlockQuote(BlockQuote blockQuote) {
            return io(() -> {
                out.writeStartObject();
                field(out, "type", "blockquote");
                out.writeBooleanField("pullQuote", blockQuote.pullQuote());
                blocks("blocks", blockQuote.blocks());
                out.writeEndObject();
            });
        }

        @Override
        public Void visitFigure(Figure figure) {
            return io(() -> {
                out.writeStartObject();
                field(out, "type", "figure");
                field(out, "source", figure.source());
                inlines("caption", figure.caption());
                optionalField(out, "credit", figure.credit());
                optionalField(out, "altText", figure.altText());
                out.writeEndObject();
            });
        }

        @Override
        public Void visitList(ListBlock list) {
            return io(() -> {
                out.writeStartObject();
                field(out, "type", "list");
                out.writeBooleanField("ordered", list.ordered());
                out.writeArrayFieldStart("items");
                for (ListItem item : list.items()) {
                    out.writeStartObject();
                    inlines("content", item.content());
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeEndObject();
            });
        }

        @Override
        public Void visitDivider(Divider divider) {
            return io(() -> {
                out.writeStartObject();
                field(out, "type", "divider");
                out.writeEndObject();
            });
        }
    }

    /** Writes inlines as the core walk delivers them: containers open on enter and close on leave. */
    private final class InlineWriter implements InlineHandler {
        @Override
        public void text(Text text) {
            io(() -> {
                out.writeStartObject();
                field(out, "type", "text");
                field(out, "text", text.text());
                out.writeEndObject();
            });
        }

        @Override
        public void insertion(EditorialInsertion insertion) {
            io(() -> {
                out.writeStartObject();
                field(out, "type", "insertion");
                field(out, "text", insertion.text());
                out.writeEndObject();
            });
        }

        @Override
        public void enter(InlineContainer container) {
            io(() -> {
                out.writeStartObject();
                if (container instanceof Emphasis) {
                    field(out, "type", "emphasis");
                } else if (container instanceof Strong) {
                    field(out, "type", "strong");
                } else if (container instanceof Link link) {
                    field(out, "type", "link");
                    field(out, "href", link.href());
                } else if (container instanceof QuoteSpan span) {
                    field(out, "type", "quote");
                    field(out, "quote", span.quoteId());
                } else {
                    throw new IllegalStateException("no JSON type for " + container.getClass());
                }
                out.writeArrayFieldStart("content");
            });
        }

        @Override
        public void leave(InlineContainer container) {
            io(() -> {
                out.writeEndArray();
                out.writeEndObject();
            });
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static Void io(IoAction action) {
        try {
            action.run();
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

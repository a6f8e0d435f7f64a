package io.tearsheet.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tearsheet.export.QuotedSources;
import io.tearsheet.model.Article;
import io.tearsheet.model.Block;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Identifier;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Quote;
import io.tearsheet.model.Source;
import io.tearsheet.model.SourceKind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static io.tearsheet.json.internal.JsonOutput.field;
import static io.tearsheet.json.internal.JsonOutput.optionalField;

/**
 * Writes the schema.org view of an article: a {@code NewsArticle} whose quotations are {@code Quotation}s with
 * their speakers as {@code Person} or {@code Organization} (a quoted document is the quotation's
 * {@code isBasedOn}).
 *
 * @see <a href="https://schema.org/NewsArticle">schema.org NewsArticle</a>
 * @see <a href="https://schema.org/Quotation">schema.org Quotation</a>
 */
public final class JsonLdWriter {
    private final JsonGenerator out;

    public JsonLdWriter(JsonGenerator out) {
        this.out = out;
    }

    public void write(Article article) throws IOException {
        Metadata m = article.metadata();
        out.writeStartObject();
        field(out, "@context", "https://schema.org");
        field(out, "@type", "NewsArticle");
        optionalField(out, "@id", m.canonicalUrl());
        field(out, "headline", m.headline());
        optionalField(out, "alternativeHeadline", m.alternativeHeadline() != null ? m.alternativeHeadline() : m.deck());
        optionalField(out, "articleSection", m.kicker());
        if (!m.bylines().isEmpty()) {
            out.writeArrayFieldStart("author");
            for (Byline byline : m.bylines()) {
                out.writeStartObject();
                field(out, "@type", "Person");
                field(out, "name", byline.name());
                optionalField(out, "description", byline.role());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        optionalField(out, "creditText", m.credits().isEmpty() ? null : String.join("; ", m.credits()));
        optionalField(out, "dateline", m.dateline());
        optionalField(out, "datePublished", m.published() == null ? null : m.published().value());
        optionalField(out, "dateModified", m.modified() == null ? null : m.modified().value());
        if (m.publisher() != null) {
            out.writeObjectFieldStart("publisher");
            field(out, "@type", "Organization");
            field(out, "name", m.publisher());
            out.writeEndObject();
        }
        optionalField(out, "inLanguage", m.language());
        optionalField(out, "url", m.canonicalUrl());
        optionalField(out, "copyrightNotice", m.rights());
        if (!m.identifiers().isEmpty()) {
            out.writeArrayFieldStart("identifier");
            for (Identifier identifier : m.identifiers()) {
                out.writeStartObject();
                field(out, "@type", "PropertyValue");
                field(out, "propertyID", identifier.scheme());
                field(out, "value", identifier.value());
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        if (m.series() != null) {
            out.writeObjectFieldStart("isPartOf");
            field(out, "@type", "CreativeWorkSeries");
            field(out, "name", m.series().title());
            out.writeEndObject();
            if (m.series().part() != null) {
                out.writeNumberField("position", m.series().part());
            }
        }
        String body = bodyText(article);
        field(out, "articleBody", body);
        out.writeNumberField("wordCount", wordCount(body));
        quotations(article);
        out.writeEndObject();
    }

    private void quotations(Article article) throws IOException {
        QuotedSources quoted = QuotedSources.of(article);
        if (quoted.isEmpty()) {
            return;
        }
        out.writeArrayFieldStart("hasPart");
        for (QuotedSources.NumberedQuote numbered : quoted.quotes()) {
            Quote quote = numbered.quote();
            out.writeStartObject();
            field(out, "@type", "Quotation");
            field(out, "@id", "#" + quote.id());
            field(out, "text", quote.text());
            if (quote.sourceId() != null) {
                speaker(article.source(quote.sourceId()).orElseThrow());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private void speaker(Source source) throws IOException {
        boolean document = source.kind() == SourceKind.DOCUMENT;
        out.writeObjectFieldStart(document ? "isBasedOn" : "spokenByCharacter");
        field(out, "@type", document ? "CreativeWork" : typeOf(source.kind()));
        field(out, "name", source.name());
        optionalField(out, "description", source.description());
        if (!source.aliases().isEmpty()) {
            out.writeArrayFieldStart("alternateName");
            for (String alias : source.aliases()) {
                JsonOutput.string(out, alias);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static String typeOf(SourceKind kind) {
        return switch (kind) {
            case PERSON, ANONYMOUS -> "Person";
            case ORGANIZATION, PUBLICATION, GROUP, DOCUMENT -> "Organization";
        };
    }

    private static String bodyText(Article article) {
        List<String> paragraphs = new ArrayList<>();
        for (Block block : article.bodyBlocks()) {
            if (block instanceof Paragraph paragraph) {
                paragraphs.add(paragraph.plainText());
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}

package io.tearsheet.cli;

import io.tearsheet.export.QuotedSources;
import io.tearsheet.model.ArchiveRecord;
import io.tearsheet.model.Article;
import io.tearsheet.model.Block;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Quote;
import io.tearsheet.model.Removal;
import io.tearsheet.model.Section;
import io.tearsheet.model.Source;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The human-readable summary {@code inspect} prints: metadata, sections, quotes, removed boilerplate. */
final class ArticleSummary {
    private static final int FIRST_WORDS = 48;

    private final Article article;

    ArticleSummary(Article article) {
        this.article = article;
    }

    void print(PrintWriter out) {
        Metadata m = article.metadata();
        row(out, "Headline", m.headline());
        row(out, "Deck", m.deck());
        row(out, "Kicker", m.kicker());
        List<String> bylines = new ArrayList<>();
        for (Byline byline : m.bylines()) {
            bylines.add(byline.role() == null ? byline.name() : byline.name() + " (" + byline.role() + ")");
        }
        row(out, "Bylines", bylines.isEmpty() ? null : String.join("; ", bylines));
        row(out, "Dateline", m.dateline());
        row(out, "Published", m.published() == null ? null : m.published().value());
        row(out, "Language", m.language());
        if (m.series() != null) {
            row(out, "Series", m.series().title() + (m.series().part() == null ? ""
                    : ", part " + m.series().part() + (m.series().parts() == null ? "" : " of " + m.series().parts())));
        }
        ArchiveRecord archive = article.provenance().archive();
        if (archive != null) {
            row(out, "Archive", archive.file() + "@" + archive.offset() + ", " + archive.recordType() + " "
                    + archive.recordId());
            row(out, "Captured", (archive.targetUri() == null ? "" : archive.targetUri())
                    + (archive.date() == null ? "" : (archive.targetUri() == null ? "" : " at ") + archive.date()));
        }
        out.println();
        out.println("Sections");
        for (Section section : article.sections()) {
            int paragraphs = 0;
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph) {
                    paragraphs++;
                }
            }
            out.printf("  %-13s %3d paragraphs%s%n", section.kind().name().toLowerCase(Locale.ROOT), paragraphs,
                    section.title() == null ? "" : "  \"" + section.title() + "\"");
        }
        out.println();
        quotes(out);
        if (!article.provenance().removed().isEmpty()) {
            out.println();
            out.println("Removed as boilerplate");
            for (Removal removal : article.provenance().removed()) {
                out.printf("  %-12s %s%n", removal.reason(), abbreviate(removal.text(), 70));
            }
        }
    }

    private void quotes(PrintWriter out) {
        QuotedSources quoted = QuotedSources.of(article);
        out.printf("Quotes (%d)%n", article.quotes().size());
        out.printf("  %-4s %-28s %-9s %-13s %s%n", "#", "speaker", "kind", "cue", "first words");
        for (Quote quote : article.quotes()) {
            String number = quoted.number(quote.id()).map(String::valueOf).orElse("-");
            String speaker = quote.sourceId() == null ? "(unattributed)"
                    : article.source(quote.sourceId()).map(Source::name).orElse("?");
            out.printf("  %-4s %-28s %-9s %-13s %s%n", number, abbreviate(speaker, 28),
                    quote.kind().name().toLowerCase(Locale.ROOT), quote.cue() == null ? "" : quote.cue(),
                    abbreviate(quote.text(), FIRST_WORDS));
        }
        if (!article.sources().isEmpty()) {
            out.println();
            out.println("Sources");
            for (Source source : article.sources()) {
                out.printf("  %-4s %-28s %-12s %s%s%n", source.id(), abbreviate(source.name(), 28),
                        source.kind().name().toLowerCase(Locale.ROOT),
                        source.description() == null ? "" : source.description(),
                        source.aliases().isEmpty() ? "" : "  aka " + String.join(", ", source.aliases()));
            }
        }
    }

    private static void row(PrintWriter out, String label, String value) {
        if (value != null) {
            out.printf("%-10s %s%n", label, value);
        }
    }

    private static String abbreviate(String text, int length) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= length ? flat : flat.substring(0, length - 1) + "…";
    }
}

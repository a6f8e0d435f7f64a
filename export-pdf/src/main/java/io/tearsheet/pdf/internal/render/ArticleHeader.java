package io.tearsheet.pdf.internal.render;

import io.tearsheet.export.DisplayText;
import io.tearsheet.export.XmlText;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Series;
import io.tearsheet.pdf.internal.page.FlowItem;
import io.tearsheet.pdf.internal.page.SpaceItem;
import io.tearsheet.pdf.internal.tagging.StructNode;
import io.tearsheet.pdf.internal.text.Alignment;
import io.tearsheet.pdf.internal.text.LineSetter;
import io.tearsheet.pdf.internal.text.Span;
import io.tearsheet.pdf.internal.text.TextStyle;
import io.tearsheet.pdf.internal.text.TypesetLine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The head of an article, set across the columns: the kicker, the headline (H1), the standfirst, the byline, the
 * dateline line (dateline, date, publisher), the credits that are not authors, the series line ("Part 2 of 3 in
 * the series <i>Title</i>", as the EPUB says it), then a rule. Every line but the headline is a P; all of them stay
 * together.
 */
final class ArticleHeader {
    /** Between the dateline, the date and the publisher. */
    static final String SEPARATOR = "  ·  ";

    private final Typography type;
    private final LineSetter setter;
    private final float width;

    /** A header {@code width} points wide, its lines set by {@code setter}. */
    ArticleHeader(Typography type, LineSetter setter, float width) {
        this.type = type;
        this.setter = setter;
        this.width = width;
    }

    /** The header's items, its elements children of {@code root}; {@code title} is the headline as printed. */
    List<FlowItem> items(Metadata md, String title, StructNode root) throws IOException {
        Spacing spacing = type.spacing();
        List<FlowItem> items = new ArrayList<>();
        if (md.kicker() != null) {
            line(List.of(Span.added(md.kicker(), type.kicker())), width, root.child("P"), items);
            items.add(new SpaceItem(spacing.afterKicker(), true));
        }
        headline(title, root.child("H1"), items);
        if (md.deck() != null) {
            items.add(new SpaceItem(spacing.beforeDeck(), true));
            line(List.of(Span.added(md.deck(), type.deck())), width * spacing.deckMeasure(), root.child("P"), items);
        }
        if (!md.bylines().isEmpty()) {
            items.add(new SpaceItem(spacing.beforeByline(), true));
            line(byline(md.bylines()), width, root.child("P"), items);
        }
        String dateline = dateline(md);
        if (!dateline.isEmpty()) {
            items.add(new SpaceItem(spacing.beforeDateline(), true));
            line(List.of(Span.added(dateline, type.dateline())), width, root.child("P"), items);
        }
        List<String> credits = md.credits().stream().filter(ArticleHeader::hasText).toList();
        if (!credits.isEmpty()) {
            // the credits that are not authors ("PTI", "(Reporting by …)"), as the EPUB prints them
            items.add(new SpaceItem(spacing.beforeDateline(), true));
            line(List.of(Span.added(String.join(SEPARATOR, credits), type.dateline())), width, root.child("P"), items);
        }
        Series series = md.series();
        if (series != null && hasText(series.title())) {
            items.add(new SpaceItem(spacing.beforeSeries(), true));
            line(series(series), width, root.child("P"), items);
        }
        items.add(type.rules().header());
        return items;
    }

    private void headline(String title, StructNode h1, List<FlowItem> items) throws IOException {
        List<TypesetLine> lines = setter.set(List.of(Span.added(title, type.headline())), width, Alignment.LEFT, 0);
        if (lines.isEmpty()) {
            // Nothing of the headline can be drawn; the article still needs its H1, first of its headings.
            lines = setter.set(List.of(Span.added(DisplayText.UNTITLED, type.headline())), width, Alignment.LEFT, 0);
        }
        FlowLines.addKept(lines, h1, items);
    }

    /** "By A, B and C", each name in bold and each role after its name in grey. */
    private List<Span> byline(List<Byline> bylines) {
        List<Span> spans = new ArrayList<>();
        TextStyle name = type.byline();
        TextStyle role = name.withBold(false).withColor(Palette.GREY);
        spans.add(Span.added(DisplayText.BY, role));
        for (int i = 0; i < bylines.size(); i++) {
            Byline byline = bylines.get(i);
            if (i > 0) {
                spans.add(Span.added(DisplayText.separator(i, bylines.size()), role));
            }
            spans.add(Span.added(byline.name(), name));
            if (byline.role() != null) {
                spans.add(Span.added(", " + byline.role(), role));
            }
        }
        return spans;
    }

    private static String dateline(Metadata md) {
        List<String> parts = new ArrayList<>();
        if (md.dateline() != null) {
            parts.add(md.dateline());
        }
        if (md.published() != null) {
            parts.add(DisplayText.date(md.published()));
        }
        if (md.publisher() != null) {
            parts.add(md.publisher());
        }
        return String.join(SEPARATOR, parts);
    }

    /** "Part 2 of 3 in the series <i>Title</i>", or "From the series <i>Title</i>" when the part is unknown. */
    private List<Span> series(Series series) {
        return List.of(Span.added(DisplayText.seriesPosition(series), type.dateline()),
                Span.added(series.title(), type.dateline().withItalic(true)));
    }

    private void line(List<Span> spans, float measure, StructNode node, List<FlowItem> items) throws IOException {
        FlowLines.addKept(setter.set(spans, measure, Alignment.LEFT, 0), node, items);
    }

    /** Whether {@code text} has something to print once what XML forbids is dropped, as the EPUB decides it. */
    private static boolean hasText(String text) {
        return text.codePoints().anyMatch(cp -> XmlText.isAllowed(cp) && !Character.isWhitespace(cp));
    }
}

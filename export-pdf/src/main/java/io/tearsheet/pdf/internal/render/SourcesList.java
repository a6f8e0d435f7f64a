package io.tearsheet.pdf.internal.render;

import io.tearsheet.export.QuotedSources;
import io.tearsheet.model.Text;
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
 * "Sources quoted", after an article's sections: each source with its description and the numbers and printed
 * pages of its quotations, then the quotations attributed to no one; a Sect with an H2 and a list. Set once the
 * sections are placed, so the pages are known. One article's; not thread-safe.
 */
final class SourcesList {
    static final String TITLE = "Sources quoted";
    static final String NOT_ATTRIBUTED = "Not attributed";

    private final RenderContext context;
    private final LineSetter setter;
    private final StructNode root;
    private final Headings headings;
    private final LinePages pages;

    SourcesList(RenderContext context, LineSetter setter, StructNode root, Headings headings, LinePages pages) {
        this.context = context;
        this.setter = setter;
        this.root = root;
        this.headings = headings;
        this.pages = pages;
    }

    /** The list's items; none when nobody is quoted. */
    List<FlowItem> items(QuotedSources quoted) throws IOException {
        List<FlowItem> items = new ArrayList<>();
        if (quoted.isEmpty()) {
            return items;
        }
        Typography type = context.type;
        StructNode sect = root.child("Sect");
        items.add(new SpaceItem(type.spacing().beforeBox(), true));
        items.add(type.rules().boxTop());
        headings.add(List.of(new Text(TITLE)), 2, sect, type.subheading(), false, items);
        StructNode list = sect.child("L");
        TextStyle style = type.small();
        TextStyle quotations = style.withColor(Palette.GREY);
        for (QuotedSources.Entry entry : quoted.entries()) {
            List<Span> spans = new ArrayList<>();
            spans.add(Span.added(entry.source().name(), style.withBold(true)));
            if (entry.source().description() != null) {
                spans.add(Span.added(", " + entry.source().description(), style));
            }
            spans.add(Span.added(". " + quotations(entry.quotes()), quotations));
            item(spans, list, style, items);
        }
        if (!quoted.unattributed().isEmpty()) {
            item(List.of(Span.added(NOT_ATTRIBUTED, style.withItalic(true)),
                    Span.added(". " + quotations(quoted.unattributed()), quotations)), list, style, items);
        }
        return items;
    }

    private void item(List<Span> spans, StructNode list, TextStyle style, List<FlowItem> items) throws IOException {
        StructNode body = list.child("LI").child("LBody");
        List<TypesetLine> lines = setter.set(spans, context.composer.width(), Alignment.LEFT, 0);
        items.add(new SpaceItem(style.leading() * context.type.spacing().beforeSourceLeadings(), false));
        FlowLines.add(lines, body, 0, items, false, FlowLines.NO_PARAGRAPH);
    }

    /** "Quotation 3 (p. 2)." or "Quotations 1 (p. 1), 4 (p. 2)." */
    private String quotations(List<QuotedSources.NumberedQuote> quotes) {
        StringBuilder out = new StringBuilder(quotes.size() == 1 ? "Quotation " : "Quotations ");
        for (int i = 0; i < quotes.size(); i++) {
            QuotedSources.NumberedQuote quote = quotes.get(i);
            if (i > 0) {
                out.append(", ");
            }
            out.append(quote.number()).append(" (p.\u00A0").append(pages.page(quote.quote().paragraph(),
                    quote.quote().start())).append(')');
        }
        return out.append('.').toString();
    }
}

package io.tearsheet.pdf.internal.render;

import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Byline;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Series;
import io.tearsheet.pdf.Margins;
import io.tearsheet.pdf.PageSize;
import io.tearsheet.pdf.internal.page.FlowItem;
import io.tearsheet.pdf.internal.page.PageGeometry;
import io.tearsheet.pdf.internal.page.RuleItem;
import io.tearsheet.pdf.internal.page.SpaceItem;
import io.tearsheet.pdf.internal.page.TextLineItem;
import io.tearsheet.pdf.internal.tagging.StructureTree;
import io.tearsheet.pdf.internal.text.Alignment;
import io.tearsheet.pdf.internal.text.LineSetter;
import io.tearsheet.pdf.internal.text.Span;
import io.tearsheet.pdf.internal.text.TypesetLine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The header's items are decided without fonts: a stand-in setter makes one line of whatever it is given. */
class ArticleHeaderTest {
    private static final float WIDTH = 480;
    private static final Typography TYPE = Typography.of(new PageGeometry(PageSize.A4, Margins.defaultFor(PageSize.A4),
            2, 16, false));
    private static final Spacing SPACING = TYPE.spacing();

    /** Sets each call's spans as one line (none when they are blank), remembering what each line holds. */
    private static final class OneLineSetter implements LineSetter {
        final Map<TypesetLine, List<Span>> spans = new IdentityHashMap<>();
        final Map<TypesetLine, Float> widths = new IdentityHashMap<>();

        @Override
        public List<TypesetLine> set(List<Span> given, float width, Alignment alignment, float firstIndent) {
            if (text(given).isBlank()) {
                return List.of();
            }
            TypesetLine line = new TypesetLine(List.of(), width, 0, given.get(0).style().leading(), -1);
            spans.put(line, given);
            widths.put(line, width);
            return List.of(line);
        }
    }

    private final OneLineSetter setter = new OneLineSetter();

    private List<FlowItem> header(Metadata md) throws IOException {
        return new ArticleHeader(TYPE, setter, WIDTH).items(md, md.headline(), new StructureTree().document()
                .child("Art"));
    }

    /** Each item in words: "P Text" for a line, "space N" for space, "rule" for a rule. */
    private List<String> describe(List<FlowItem> items) {
        List<String> out = new ArrayList<>();
        for (FlowItem item : items) {
            if (item instanceof TextLineItem line) {
                out.add(line.node().type() + " " + text(setter.spans.get(line.line())));
            } else if (item instanceof SpaceItem space) {
                out.add("space " + space.height());
            } else if (item instanceof RuleItem) {
                out.add("rule");
            }
        }
        return out;
    }

    private static String text(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        spans.forEach(span -> out.append(span.text()));
        return out.toString();
    }

    private static Metadata.Builder full() {
        return Metadata.builder()
                .kicker("HARBOUR")
                .headline("Night Ferries Return")
                .deck("The river boats are back after forty years.")
                .bylines(List.of(new Byline("Ada Park", "Staff writer"), Byline.of("Ben Ruiz"), Byline.of("Cy Lo")))
                .dateline("MILLBROOK")
                .published(ArticleDate.of(LocalDate.of(2025, 3, 4)))
                .publisher("The Millbrook Courier")
                .series(new Series("Harbour Lights", 2, 3));
    }

    @Test
    void linesComeInReadingOrderWithTheirSpaceAboveAndARuleBelow() throws IOException {
        List<FlowItem> items = header(full().build());
        assertThat(describe(items)).containsExactly(
                "P HARBOUR",
                "space " + SPACING.afterKicker(),
                "H1 Night Ferries Return",
                "space " + SPACING.beforeDeck(),
                "P The river boats are back after forty years.",
                "space " + SPACING.beforeByline(),
                "P By Ada Park, Staff writer, Ben Ruiz and Cy Lo",
                "space " + SPACING.beforeDateline(),
                "P MILLBROOK  ·  4 March 2025  ·  The Millbrook Courier",
                "space " + SPACING.beforeSeries(),
                "P Part 2 of 3 in the series Harbour Lights",
                "rule");
        assertThat(items.get(items.size() - 1)).isEqualTo(TYPE.rules().header());
    }

    @Test
    void everyLineAndSpaceStaysWithWhatFollowsUntilTheRule() throws IOException {
        List<FlowItem> items = header(full().build());
        assertThat(items.subList(0, items.size() - 1)).allMatch(FlowItem::keepWithNext);
    }

    @Test
    void theSeriesLineSetsTheTitleInItalicsAndTheKickerStaysAlone() throws IOException {
        List<FlowItem> items = header(full().build());
        TextLineItem series = (TextLineItem) items.get(items.size() - 2);
        List<Span> spans = setter.spans.get(series.line());
        assertThat(spans).extracting(Span::text).containsExactly("Part 2 of 3 in the series ", "Harbour Lights");
        assertThat(spans).extracting(span -> span.style().italic()).containsExactly(false, true);
        assertThat(spans.get(0).style()).isEqualTo(TYPE.dateline());
        assertThat(describe(items).get(0)).isEqualTo("P HARBOUR");
    }

    @Test
    void aSeriesWithoutAPartNumberSaysTheArticleIsFromIt() throws IOException {
        List<String> lines = describe(header(full().series(new Series("Harbour Lights", null, null)).build()));
        assertThat(lines).contains("P From the series Harbour Lights");
    }

    @Test
    void withoutKickerTheHeadlineComesFirstAndWithoutSeriesNoSeriesLine() throws IOException {
        List<String> lines = describe(header(Metadata.builder().headline("Night Ferries Return").build()));
        assertThat(lines).containsExactly("H1 Night Ferries Return", "rule");
    }

    @Test
    void theStandfirstIsSetNarrowerThanTheHeadline() throws IOException {
        List<FlowItem> items = header(full().build());
        TextLineItem headline = (TextLineItem) items.get(2);
        TextLineItem deck = (TextLineItem) items.get(4);
        assertThat(setter.widths.get(headline.line())).isEqualTo(WIDTH);
        assertThat(setter.widths.get(deck.line())).isEqualTo(WIDTH * SPACING.deckMeasure());
    }

    @Test
    void aHeadlineWithNothingToDrawIsUntitled() throws IOException {
        List<FlowItem> items = new ArticleHeader(TYPE, setter, WIDTH).items(Metadata.builder().headline("x").build(),
                " ", new StructureTree().document());
        assertThat(describe(items)).containsExactly("H1 Untitled", "rule");
    }
}

package io.tearsheet.html.internal;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * A data table as lines of text, since the model has no tables: its caption, then one line per row with the cells
 * separated by {@code " | "}. Only the table's own rows are read (those of a table nested in a cell are the cell's
 * text), without searching the subtree, so nested tables cost nothing extra.
 */
final class TableRows {
    /** A table with this much running text in its cells lays out a page rather than holding data. */
    private static final int MIN_LAYOUT_TEXT = 150;

    private TableRows() {
    }

    /** A line of a flattened table and the element it came from. */
    record Line(String text, Element origin) {
    }

    /** Whether a table lays out the page (its cells hold running text) rather than holding data. */
    static boolean isLayout(Element table, TextMeasure measure) {
        return measure.of(table).treeGoodChars() >= MIN_LAYOUT_TEXT;
    }

    static List<Line> lines(Element table) {
        List<Line> lines = new ArrayList<>();
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("caption") && !Texts.clean(child.text()).isEmpty()) {
                lines.add(new Line(Texts.clean(child.text()), child));
            } else if (tag.equals("tr")) {
                rows.add(child);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element row : child.children()) {
                    if (row.normalName().equals("tr")) {
                        rows.add(row);
                    }
                }
            }
        }
        for (Element row : rows) {
            List<String> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                String text = Texts.clean(cell.text());
                if (!text.isEmpty()) {
                    cells.add(text);
                }
            }
            if (!cells.isEmpty()) {
                lines.add(new Line(String.join(" | ", cells), row));
            }
        }
        return lines;
    }
}

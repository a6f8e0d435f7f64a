package io.tearsheet.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one table the comparison prints: for each pairing, Tearsheet's median, the peer's median, the ratio of
 * medians (peer ÷ Tearsheet: above 1 means Tearsheet is faster) and the target it is held to.
 */
final class ComparisonTable {
    /**
     * One pairing.
     *
     * @param what      what is compared
     * @param ours      Tearsheet's timing
     * @param peerName  the peer
     * @param peer      the peer's timing
     * @param target    the smallest ratio that meets the target, or 0 for none
     */
    record Row(String what, Timing ours, String peerName, Timing peer, double target) {
        double ratio() {
            return peer.median() / ours.median();
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String what, Timing ours, String peerName, Timing peer, double target) {
        rows.add(new Row(what, ours, peerName, peer, target));
    }

    void note(String note) {
        notes.add(note);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table in Markdown. */
    List<String> markdown() {
        List<String> lines = new ArrayList<>();
        lines.add("| comparison | Tearsheet median (IQR, n) | peer | peer median (IQR, n) | ratio peer ÷ Tearsheet | target | met |");
        lines.add("|---|---|---|---|---|---|---|");
        for (Row row : rows) {
            String target = row.target() <= 0 ? "—" : "≥ " + String.format(Locale.ROOT, "%.2f", row.target());
            String met = row.target() <= 0 ? "—" : row.ratio() >= row.target() ? "yes" : "NO";
            lines.add("| " + row.what() + " | " + row.ours().describe() + " | " + row.peerName() + " | "
                    + row.peer().describe() + " | " + String.format(Locale.ROOT, "%.2f×", row.ratio()) + " | "
                    + target + " | " + met + " |");
        }
        for (String note : notes) {
            lines.add("");
            lines.add(note);
        }
        return lines;
    }
}

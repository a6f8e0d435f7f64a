package io.tearsheet.read.internal;

import io.tearsheet.model.Removal;
import io.tearsheet.read.conventions.Boilerplate;
import io.tearsheet.read.conventions.Boilerplate.Place;
import io.tearsheet.read.conventions.RemovalReason;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes site furniture from the lines of a page: everything at the top and bottom that {@link Boilerplate}
 * recognises at a page's {@linkplain Place#EDGE edge}, a list of related links under a "Related" heading at the
 * bottom, and in between the lines it recognises where they stand: a line that is a paragraph of its own as
 * a {@linkplain Place#PARAGRAPH paragraph}, a line inside a paragraph as a {@linkplain Place#LINE line} (such as
 * "Advertisement"). Every removed line is recorded with its reason, in input order.
 */
public final class BoilerplateStripper {
    /** Link lines under a "Related" heading are headlines: short and without a closing full stop. */
    private static final int MAX_LINK_WORDS = 18;
    /** How far up from the bottom a list of related links may reach. */
    private static final int MAX_BOTTOM_LINES = 60;

    private BoilerplateStripper() {
    }

    /**
     * What is left of the page, and what was removed (in input order, with line numbers); {@code keptKinds} says, for
     * each kept line, what furniture it would be at a page's edge (null for none), so later passes need not ask again.
     */
    public record Result(List<Line> kept, List<LineRemoval> removedLines, String rights, List<RemovalReason> keptKinds) {
        /** What was removed, in input order. */
        public List<Removal> removed() {
            List<Removal> removals = new ArrayList<>(removedLines.size());
            for (LineRemoval removal : removedLines) {
                removals.add(removal.removal());
            }
            return removals;
        }
    }

    public static Result strip(List<Line> lines) {
        int n = lines.size();
        RemovalReason[] kinds = new RemovalReason[n];
        boolean[] drop = new boolean[n];
        for (int i = 0; i < n; i++) {
            kinds[i] = lines.get(i).isBlank() ? null : Boilerplate.classify(lines.get(i).text(), Place.EDGE);
        }
        int top = stripTop(lines, kinds, drop);
        stripBottom(lines, kinds, drop, top);
        for (int i = 0; i < n; i++) {
            if (kinds[i] != null && !drop[i]) {
                RemovalReason inText = Boilerplate.classify(lines.get(i).text(), standsAlone(lines, i)
                        ? Place.PARAGRAPH : Place.LINE);
                if (inText != null) {
                    kinds[i] = inText;
                    drop[i] = true;
                }
            }
        }
        List<Line> kept = new ArrayList<>(n);
        List<RemovalReason> keptKinds = new ArrayList<>(n);
        List<LineRemoval> removed = new ArrayList<>();
        String rights = null;
        for (int i = 0; i < n; i++) {
            Line line = lines.get(i);
            if (!drop[i]) {
                kept.add(line);
                keptKinds.add(kinds[i]);
                continue;
            }
            RemovalReason kind = kinds[i] != null ? kinds[i] : RemovalReason.RELATED;
            removed.add(new LineRemoval(line.number(), new Removal(line.raw().strip(), kind.label())));
            if (kind == RemovalReason.COPYRIGHT && rights == null) {
                rights = line.text();
            }
        }
        return new Result(kept, removed, rights, java.util.Collections.unmodifiableList(keptKinds));
    }

    /** Whether a line is a paragraph of its own: blank lines (or the page's ends) above and below it. */
    private static boolean standsAlone(List<Line> lines, int i) {
        return (i == 0 || lines.get(i - 1).isBlank()) && (i == lines.size() - 1 || lines.get(i + 1).isBlank());
    }

    /** Drops the recognised lines at the top; returns the index of the first line kept. */
    private static int stripTop(List<Line> lines, RemovalReason[] kinds, boolean[] drop) {
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            if (kinds[i] == null || kinds[i] == RemovalReason.SOURCE || kinds[i] == RemovalReason.CREDITS) {
                return i;
            }
            drop[i] = true;
            i++;
        }
        return i;
    }

    /**
     * Drops the recognised lines at the bottom, and link lines that stand under a "Related" heading there.
     * Lines above {@code floor} (the first line kept at the top, the headline) are never touched.
     */
    private static void stripBottom(List<Line> lines, RemovalReason[] kinds, boolean[] drop, int floor) {
        List<Integer> zone = new ArrayList<>();
        int seen = 0;
        for (int i = lines.size() - 1; i > floor && seen < MAX_BOTTOM_LINES; i--) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (kinds[i] == null && !isLinkLike(line)) {
                break;
            }
            zone.add(0, i);
            seen++;
        }
        // a link-like line belongs to the furniture only when a "Related" heading stands above it in the zone
        int start = 0;
        boolean heading = false;
        for (int k = 0; k < zone.size(); k++) {
            RemovalReason kind = kinds[zone.get(k)];
            if (kind == RemovalReason.RELATED) {
                heading = true;
            } else if (kind == null && !heading) {
                start = k + 1;
            }
        }
        for (int k = start; k < zone.size(); k++) {
            drop[zone.get(k)] = true;
        }
    }

    private static boolean isLinkLike(Line line) {
        String text = line.text();
        if (line.words() > MAX_LINK_WORDS) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last != '.' && last != ':' && last != ';' && last != ',' && last != '”' && last != '"' && last != '’'
                && last != '\'';
    }
}

package io.tearsheet.html.internal;

import io.tearsheet.model.Removal;
import io.tearsheet.read.conventions.RemovalReason;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the reader dropped, kept short enough to read: each removal's text is cut to a line, repeats are listed once,
 * and past a limit only a count per reason is kept (the last entries then say how many more there were).
 */
public final class RemovalLog {
    static final int MAX_ENTRIES = 60;
    static final int MAX_TEXT = 100;

    private final List<Removal> removals = new ArrayList<>();
    private final Map<String, Integer> unlisted = new LinkedHashMap<>();
    private final java.util.Set<String> seen = new java.util.HashSet<>();

    /** Records that {@code text} was dropped; blank text is not recorded. */
    public void add(String text, RemovalReason reason) {
        String line = Texts.shorten(text, MAX_TEXT);
        if (line.isEmpty() || !seen.add(reason.label() + '\u0000' + line)) {
            return;
        }
        if (removals.size() < MAX_ENTRIES) {
            removals.add(new Removal(line, reason.label()));
        } else {
            unlisted.merge(reason.label(), 1, Integer::sum);
        }
    }

    /** Records that an element was dropped, by the start of its text (read no further than the record needs). */
    public void add(Element element, RemovalReason reason) {
        add(Texts.head(element, MAX_TEXT * 2), reason);
    }

    /** The removals, with a closing entry per reason for those past the limit. */
    public List<Removal> removals() {
        List<Removal> all = new ArrayList<>(removals);
        unlisted.forEach((reason, count) -> all.add(new Removal("(" + count + " more not listed)", reason)));
        return all;
    }
}

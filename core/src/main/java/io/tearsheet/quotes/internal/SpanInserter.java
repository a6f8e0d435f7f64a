package io.tearsheet.quotes.internal;

import io.tearsheet.model.EditorialInsertion;
import io.tearsheet.model.Inline;
import io.tearsheet.model.QuoteSpan;
import io.tearsheet.model.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Wraps quoted words of a paragraph in {@link QuoteSpan}s, splitting texts where a quotation starts or ends. A
 * span must not cross a container: when a quotation starts inside an emphasis and ends outside it (or inside an
 * editorial insertion), no span is made, and the caller keeps the quotation without one.
 */
public final class SpanInserter {
    private SpanInserter() {
    }

    /** A span to make: the quote id and its chars [start, end) in the paragraph's plain text. */
    public record Request(String quoteId, int start, int end) {
    }

    /** The new content, and the ids of the quotations that got a span. */
    public record Result(List<Inline> content, Set<String> placed) {
    }

    public static Result insert(List<Inline> content, List<Request> requests) {
        if (requests.isEmpty()) {
            return new Result(content, Set.of());
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Request r : requests) {
            cuts.add(r.start());
            cuts.add(r.end());
        }
        // 1. split texts at every span boundary; a boundary inside an insertion makes its spans impossible
        List<InlineEvents.Event> events = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        Set<Integer> broken = new HashSet<>();
        int offset = 0;
        for (InlineEvents.Event event : InlineEvents.flatten(content)) {
            if (event instanceof InlineEvents.Leaf leaf) {
                int end = offset + leaf.length();
                Integer cut = cuts.higher(offset);
                if (leaf.leaf() instanceof Text text && cut != null && cut < end) {
                    int from = offset;
                    for (Integer c : cuts.subSet(offset, false, end, false)) {
                        events.add(new InlineEvents.Leaf(new Text(text.text().substring(from - offset, c - offset))));
                        offsets.add(from);
                        from = c;
                    }
                    events.add(new InlineEvents.Leaf(new Text(text.text().substring(from - offset))));
                    offsets.add(from);
                } else {
                    if (leaf.leaf() instanceof EditorialInsertion && cut != null && cut < end) {
                        broken.addAll(cuts.subSet(offset, false, end, false));
                    }
                    events.add(event);
                    offsets.add(offset);
                }
                offset = end;
            } else {
                events.add(event);
                offsets.add(offset);
            }
        }
        int n = events.size();
        int[] depth = new int[n + 1];
        for (int i = 0; i < n; i++) {
            InlineEvents.Event e = events.get(i);
            depth[i + 1] = depth[i] + (e instanceof InlineEvents.Enter ? 1 : e instanceof InlineEvents.Leave ? -1 : 0);
        }
        // 2. where each span opens and closes: after the containers that end there, before those that start
        List<int[]> placed = new ArrayList<>(); // {request index, open position, close position}
        for (int r = 0; r < requests.size(); r++) {
            Request request = requests.get(r);
            if (broken.contains(request.start()) || broken.contains(request.end())) {
                continue;
            }
            int open = position(events, offsets, request.start());
            int close = position(events, offsets, request.end());
            if (open < 0 || close < 0 || depth[open] != depth[close]) {
                continue;
            }
            boolean inside = true;
            for (int i = open; i <= close; i++) {
                if (depth[i] < depth[open]) {
                    inside = false;
                    break;
                }
            }
            if (inside) {
                placed.add(new int[] {r, open, close});
            }
        }
        // 3. emit: at each position, spans that close there (innermost first), then spans that open (outermost first)
        List<List<int[]>> closes = new ArrayList<>();
        List<List<int[]>> opens = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            closes.add(null);
            opens.add(null);
        }
        for (int[] p : placed) {
            at(opens, p[1]).add(p);
            at(closes, p[2]).add(p);
        }
        List<InlineEvents.Event> out = new ArrayList<>(n + placed.size() * 2);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i <= n; i++) {
            if (closes.get(i) != null) {
                closes.get(i).sort(Comparator.comparingInt((int[] p) -> requests.get(p[0]).start()).reversed());
                for (int k = 0; k < closes.get(i).size(); k++) {
                    out.add(new InlineEvents.Leave());
                }
            }
            if (opens.get(i) != null) {
                opens.get(i).sort(Comparator.comparingInt((int[] p) -> requests.get(p[0]).end()).reversed());
                for (int[] p : opens.get(i)) {
                    String id = requests.get(p[0]).quoteId();
                    out.add(new InlineEvents.Enter(new QuoteSpan(id, List.of())));
                    ids.add(id);
                }
            }
            if (i < n) {
                out.add(events.get(i));
            }
        }
        return new Result(InlineEvents.build(out), ids);
    }

    /** The event index before which a span boundary at {@code offset} goes, or -1 when there is none. */
    private static int position(List<InlineEvents.Event> events, List<Integer> offsets, int offset) {
        for (int i = lowerBound(offsets, offset); i < events.size(); i++) {
            if (offsets.get(i) > offset) {
                return -1;
            }
            if (!(events.get(i) instanceof InlineEvents.Leave)) {
                return i;
            }
        }
        return events.size();
    }

    private static int lowerBound(List<Integer> offsets, int offset) {
        int lo = 0;
        int hi = offsets.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (offsets.get(mid) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static List<int[]> at(List<List<int[]>> lists, int i) {
        if (lists.get(i) == null) {
            lists.set(i, new ArrayList<>());
        }
        return lists.get(i);
    }
}

package io.tearsheet.quotes.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Finds the quotations in a paragraph's typographic text: “double” and ‘single’ marks (« » too), nested to a
 * limited depth. A closing ’ counts only where it cannot be an apostrophe (no letter straight after it). Marks
 * nested deeper than the limit are left as text, and counted, so that a quotation nested ten thousand deep costs
 * no more than a shallow one. Never recursive; linear in the text.
 */
public final class QuoteScanner {
    private QuoteScanner() {
    }

    /** The quotations found, in order of their opening marks, and how many marks were too deep to count. */
    public record Result(List<MarkedQuote> quotes, int tooDeep, int unmatchedClosers) {
    }

    private static final class Open {
        final int index;
        /** The opening mark itself, which decides what closes it: “ after „, « after », ‘ after ‚. */
        final char mark;
        final boolean single;
        final boolean straight;
        final Open parent;
        final int depth;
        int listIndex = -1;

        Open(int index, char mark, Open parent, int depth) {
            this.index = index;
            this.mark = mark;
            this.single = mark == '‘' || mark == '‚' || mark == '‹';
            this.straight = mark == '"';
            this.parent = parent;
            this.depth = depth;
        }
    }

    /**
     * What a character does: open or close a double or single quotation, or nothing. The marks of other languages'
     * conventions pair as they are printed: German „…“ and ‚…‘, French « … » and German »…«, Swedish and Polish
     * closing ” after either opening mark. A mark that opens in one convention closes in another, so an opening
     * mark that is the closing one of the quotation open innermost closes it.
     */
    private enum Mark {
        OPEN_DOUBLE, CLOSE_DOUBLE, OPEN_SINGLE, CLOSE_SINGLE, NONE;

        static Mark of(char c, Deque<Open> stack, String text, int i) {
            switch (c) {
                case '„':
                    return OPEN_DOUBLE;
                case '“':
                    return opened(stack, false) == '„' ? CLOSE_DOUBLE : OPEN_DOUBLE;
                case '«':
                    return opened(stack, false) == '»' ? CLOSE_DOUBLE : OPEN_DOUBLE;
                case '»':
                    // "»Nein«, sagte sie": opens a word after a space, where a closing » never stands
                    return opened(stack, false) != '«' && opensWord(text, i) ? OPEN_DOUBLE : CLOSE_DOUBLE;
                case '”':
                    // ”Fear. I am afraid …”: nothing open, a word after it and another ” later: it opens (Swedish
                    // and Finnish print ”…”, and smart-quote conversion often does the same to English)
                    return stack.isEmpty() && opensWord(text, i) && text.indexOf('”', i + 1) > 0
                            ? OPEN_DOUBLE : CLOSE_DOUBLE;
                case '"':
                    return closesStraight(stack, text, i) ? CLOSE_DOUBLE : OPEN_DOUBLE;
                case '‚':
                    return OPEN_SINGLE;
                case '‘':
                    return opened(stack, true) == '‚' ? CLOSE_SINGLE : OPEN_SINGLE;
                case '‹':
                    return OPEN_SINGLE;
                case '’':
                case '›':
                    return closesSingle(text, i) ? CLOSE_SINGLE : NONE;
                default:
                    return NONE;
            }
        }

        private static char opened(Deque<Open> stack, boolean single) {
            Open open = innermost(stack, single);
            return open == null ? 0 : open.mark;
        }

        private static boolean opensWord(String text, int i) {
            boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1))
                    || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
            return spaceBefore && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        }
    }

    private record Found(Open open, int end, int close) {
    }

    public static Result scan(String text, int maxDepth) {
        Deque<Open> stack = new ArrayDeque<>();
        List<Found> found = new ArrayList<>();
        int tooDeepDouble = 0;
        int tooDeepSingle = 0;
        int tooDeep = 0;
        int unmatched = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            Mark mark = Mark.of(c, stack, text, i);
            if (mark == Mark.OPEN_DOUBLE) {
                if (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1)) && c != '"' && c != '«') {
                    continue; // "« Bonjour »" keeps its space inside; any other opening mark before a space is none
                }
                if (stack.size() >= maxDepth) {
                    tooDeepDouble++;
                    tooDeep++;
                } else {
                    stack.push(new Open(i, c, stack.peek(), stack.size()));
                }
            } else if (mark == Mark.CLOSE_DOUBLE) {
                if (tooDeepDouble > 0) {
                    tooDeepDouble--;
                    continue;
                }
                Open open = innermost(stack, false);
                if (open == null) {
                    unmatched++;
                    continue;
                }
                while (stack.peek() != open) {
                    stack.pop(); // single marks left open inside were apostrophes
                }
                stack.pop();
                found.add(new Found(open, i, i));
            } else if (mark == Mark.OPEN_SINGLE) {
                if (i + 1 >= n || Character.isWhitespace(text.charAt(i + 1))) {
                    continue;
                }
                if (stack.size() >= maxDepth) {
                    tooDeepSingle++;
                    tooDeep++;
                } else {
                    stack.push(new Open(i, c, stack.peek(), stack.size()));
                }
            } else if (mark == Mark.CLOSE_SINGLE) {
                if (!stack.isEmpty() && stack.peek().single) {
                    Open open = stack.pop();
                    found.add(new Found(open, i, i));
                } else if (tooDeepSingle > 0) {
                    tooDeepSingle--;
                }
            }
        }
        // a quotation still open at the end of the paragraph runs on into the next one
        Open outer = null;
        for (Open open : stack) {
            outer = open; // the deque iterates from the top; the last one is the outermost
        }
        // a single mark left open is more often a mis-curled apostrophe, unless it opens the paragraph
        if (outer != null && outer.depth == 0 && (!outer.single || text.substring(0, outer.index).isBlank())) {
            int end = n;
            while (end > outer.index + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            found.add(new Found(outer, end, -1));
        }
        found.sort(Comparator.comparingInt(f -> f.open().index));
        List<MarkedQuote> quotes = new ArrayList<>(found.size());
        for (Found f : found) {
            int start = f.open().index + 1;
            int end = f.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start >= end) {
                continue;
            }
            Open parent = f.open().parent;
            while (parent != null && parent.listIndex < 0) {
                parent = parent.parent; // the parent was dropped (never closed): attach to its own parent
            }
            f.open().listIndex = quotes.size();
            int depth = parent == null ? 0 : quotes.get(parent.listIndex).depth() + 1;
            quotes.add(new MarkedQuote(f.open().index, start, end, f.close(), depth,
                    parent == null ? -1 : parent.listIndex));
        }
        return new Result(quotes, tooDeep, unmatched);
    }

    private static Open innermost(Deque<Open> stack, boolean single) {
        for (Open open : stack) {
            if (open.single == single) {
                return open;
            }
        }
        return null;
    }

    /** A straight double mark closes when one is open and the mark does not open a word. */
    private static boolean closesStraight(Deque<Open> stack, String text, int i) {
        Open open = innermost(stack, false);
        if (open == null || !open.straight) {
            return false;
        }
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        return !Character.isWhitespace(before) || i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
    }

    /** ’ closes a quotation only when no letter or digit follows it and something other than a space precedes it. */
    private static boolean closesSingle(String text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return !Character.isWhitespace(before) && !Character.isLetterOrDigit(after);
    }
}

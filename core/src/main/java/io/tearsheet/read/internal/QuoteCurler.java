package io.tearsheet.read.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The state machine behind {@link io.tearsheet.read.Typography}: turns TeX-style and straight quotation marks into
 * typographic ones, one paragraph at a time, remembering which quotations are open so that a run such as
 * {@code '''} closes the inner single quotation before the outer double one.
 *
 * <p>Linear in the input; the stack of open quotations is capped, so deeply nested input cannot exhaust memory.
 */
public final class QuoteCurler {
    /** Open quotations remembered; deeper ones are still curled, by context alone. */
    private static final int MAX_REMEMBERED = 256;

    private static final char LEFT_DOUBLE = '\u201C';
    private static final char RIGHT_DOUBLE = '\u201D';
    private static final char LEFT_SINGLE = '\u2018';
    private static final char RIGHT_SINGLE = '\u2019';

    /** Elided words that begin with an apostrophe, not an opening quotation mark. */
    private static final String[] ELISIONS = {"n'", "n\u2019", "em", "tis", "twas", "til", "cause", "bout", "nuff", "cept"};

    private enum Open { DOUBLE, SINGLE }

    private QuoteCurler() {
    }

    /**
     * Curls the quotation marks in {@code text}; {@code owner[i]} of the result receives the index in {@code text}
     * of the input character each output character came from (two-character TeX marks become one character).
     */
    public static String curl(String text, int[] owner) {
        StringBuilder out = new StringBuilder(text.length());
        Deque<Open> open = new ArrayDeque<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int from = i;
            if (c == '`') {
                if (i + 1 < n && text.charAt(i + 1) == '`') {
                    emit(out, owner, LEFT_DOUBLE, from);
                    push(open, Open.DOUBLE);
                    i += 2;
                } else {
                    emit(out, owner, LEFT_SINGLE, from);
                    push(open, Open.SINGLE);
                    i++;
                }
            } else if (c == '\'') {
                int run = 1;
                while (i + run < n && text.charAt(i + run) == '\'') {
                    run++;
                }
                i = apostrophes(text, i, run, out, owner, open);
            } else if (c == '"') {
                curlDouble(text, i, out, owner, open);
                i++;
            } else {
                if (c == LEFT_DOUBLE) {
                    push(open, Open.DOUBLE);
                } else if (c == RIGHT_DOUBLE) {
                    popThrough(open, Open.DOUBLE);
                } else if (c == LEFT_SINGLE) {
                    push(open, Open.SINGLE);
                } else if (c == RIGHT_SINGLE && open.peek() == Open.SINGLE && closingContext(text, i)) {
                    open.pop();
                }
                emit(out, owner, c, from);
                i++;
            }
        }
        return out.toString();
    }

    /** Handles a run of {@code run} straight apostrophes starting at {@code at}; returns the index after it. */
    private static int apostrophes(String text, int at, int run, StringBuilder out, int[] owner, Deque<Open> open) {
        int i = at;
        int left = run;
        if (run >= 2 && openingContext(text, at) && !closingContext(text, at + run - 1)) {
            // ''Word: a doubled apostrophe used as an opening double quotation mark
            emit(out, owner, LEFT_DOUBLE, i);
            push(open, Open.DOUBLE);
            i += 2;
            left -= 2;
        }
        while (left >= 2) {
            if (open.peek() == Open.SINGLE) {
                emit(out, owner, RIGHT_SINGLE, i);
                open.pop();
                i++;
                left--;
            } else {
                emit(out, owner, RIGHT_DOUBLE, i);
                popThrough(open, Open.DOUBLE);
                i += 2;
                left -= 2;
            }
        }
        if (left == 1) {
            emit(out, owner, single(text, i, open), i);
            i++;
        }
        return i;
    }

    /** Decides what one straight apostrophe at {@code i} is. */
    private static char single(String text, int i, Deque<Open> open) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
            return RIGHT_SINGLE; // don't, o'clock
        }
        if (opensWord(before) && Character.isDigit(after) && isYearElision(text, i + 1)) {
            return RIGHT_SINGLE; // '90s, '96
        }
        if (opensWord(before) && Character.isLetter(after) && isElision(text, i + 1)) {
            return RIGHT_SINGLE; // rock 'n' roll, 'em
        }
        if (opensWord(before) && !Character.isWhitespace(after) && after != '\'') {
            push(open, Open.SINGLE);
            return LEFT_SINGLE;
        }
        if (open.peek() == Open.SINGLE) {
            open.pop();
        }
        return RIGHT_SINGLE; // closing mark, or a possessive such as growers'
    }

    private static void curlDouble(String text, int i, StringBuilder out, int[] owner, Deque<Open> open) {
        boolean opening = openingContext(text, i);
        boolean closing = closingContext(text, i);
        if (opening && !closing) {
            emit(out, owner, LEFT_DOUBLE, i);
            push(open, Open.DOUBLE);
        } else if (closing && !opening) {
            emit(out, owner, RIGHT_DOUBLE, i);
            popThrough(open, Open.DOUBLE);
        } else if (open.contains(Open.DOUBLE)) {
            // no telling from the neighbours: close what is open, else open
            emit(out, owner, RIGHT_DOUBLE, i);
            popThrough(open, Open.DOUBLE);
        } else {
            emit(out, owner, LEFT_DOUBLE, i);
            push(open, Open.DOUBLE);
        }
    }

    /** A mark here starts a quotation: nothing, a space or an opening bracket or dash before, a word after. */
    private static boolean openingContext(String text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        int next = i + 1;
        while (next < text.length() && (text.charAt(next) == '\'' || text.charAt(next) == '`')) {
            next++;
        }
        char after = next < text.length() ? text.charAt(next) : ' ';
        return opensWord(before) && !Character.isWhitespace(after);
    }

    /** A mark here ends a quotation: a word or punctuation before, and no word straight after. */
    private static boolean closingContext(String text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return !Character.isWhitespace(before) && !opensWord(before) && !Character.isLetterOrDigit(after);
    }

    private static boolean opensWord(char before) {
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '{' || before == '\u2014'
                || before == '\u2013' || before == '-' || before == '/' || before == LEFT_DOUBLE || before == LEFT_SINGLE
                || before == '"' || before == '\u00A0';
    }

    private static boolean isYearElision(String text, int at) {
        int digits = 0;
        while (at + digits < text.length() && Character.isDigit(text.charAt(at + digits))) {
            digits++;
        }
        if (digits != 2) {
            return false;
        }
        int end = at + digits;
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == 's';
    }

    private static boolean isElision(String text, int at) {
        for (String word : ELISIONS) {
            if (text.regionMatches(true, at, word, 0, word.length())) {
                int end = at + word.length();
                if (word.endsWith("'") || word.endsWith("\u2019")) {
                    return true;
                }
                if (end >= text.length() || !Character.isLetter(text.charAt(end))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void push(Deque<Open> open, Open kind) {
        if (open.size() < MAX_REMEMBERED) {
            open.push(kind);
        }
    }

    /** Closes the innermost open quotation of this kind, and any single quotations left open inside it. */
    private static void popThrough(Deque<Open> open, Open kind) {
        if (!open.contains(kind)) {
            return;
        }
        while (!open.isEmpty()) {
            if (open.pop() == kind) {
                return;
            }
        }
    }

    private static void emit(StringBuilder out, int[] owner, char c, int from) {
        if (owner != null) {
            owner[out.length()] = from;
        }
        out.append(c);
    }
}

package io.tearsheet.read.conventions;

import java.util.Set;
import java.util.TreeSet;

/**
 * The characters a match of a regular expression can start with, where the expression says so plainly: a literal, a
 * character class without negation, {@code \d}, and groups and alternations of those, optional parts included
 * ({@code (?:free )?articles?} can start with f or a). Lets a list of phrases be tried only on the lines whose first
 * character one of its phrases can start with. Anything it does not read (a dot, {@code \s}, look-arounds, flags,
 * a negated class, an expression that can match nothing) makes the answer "unknown", never a wrong set.
 */
final class FirstChars {
    private static final String DIGITS = "0123456789";

    private final String pattern;
    private int at;

    private FirstChars(String pattern) {
        this.pattern = pattern;
    }

    /** The characters every match of {@code regex} starts with, or null when unknown. */
    static Set<Character> of(String regex) {
        FirstChars parser = new FirstChars(regex);
        try {
            Start start = parser.alternation();
            return parser.at == regex.length() && !start.nullable ? start.chars : null;
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    /** What a part of an expression can start with (null: unknown), and whether it can match the empty string. */
    private record Start(Set<Character> chars, boolean nullable) {
    }

    private static final Start UNKNOWN = new Start(null, false);

    /** Alternatives up to the end or the closing parenthesis of the group they stand in. */
    private Start alternation() {
        Set<Character> chars = new TreeSet<>();
        boolean nullable = false;
        boolean known = true;
        while (true) {
            Start branch = sequence();
            if (branch.chars == null) {
                known = false;
            } else {
                chars.addAll(branch.chars);
                nullable |= branch.nullable;
            }
            if (at < pattern.length() && pattern.charAt(at) == '|') {
                at++;
                continue;
            }
            return known ? new Start(chars, nullable) : UNKNOWN;
        }
    }

    /**
     * One alternative: the first atom's characters, and the next atom's as well while the atoms so far can be empty.
     * The rest of the alternative is skipped once its start is known.
     */
    private Start sequence() {
        Set<Character> chars = new TreeSet<>();
        boolean open = true; // everything read so far can match the empty string
        boolean known = true;
        while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
            Start atom = atom();
            boolean optional = quantifier();
            if (open && known) {
                if (atom.chars == null) {
                    known = false;
                } else {
                    chars.addAll(atom.chars);
                    open = atom.nullable || optional;
                }
            }
        }
        return known ? new Start(chars, open) : UNKNOWN;
    }

    private Start atom() {
        char c = pattern.charAt(at++);
        switch (c) {
            case '(' -> {
                if (pattern.startsWith("?:", at)) {
                    at += 2;
                } else if (pattern.charAt(at) == '?') {
                    throw new IllegalArgumentException("a look-around, flags or a named group");
                }
                Start inner = alternation();
                if (at >= pattern.length() || pattern.charAt(at) != ')') {
                    throw new IllegalArgumentException("an unclosed group");
                }
                at++;
                return inner;
            }
            case '[' -> {
                return charClass();
            }
            case '\\' -> {
                char e = pattern.charAt(at++);
                if (e == 'd') {
                    return chars(DIGITS);
                }
                if (e == 'b' || e == 'B') {
                    return new Start(Set.of(), true);
                }
                if (e == 'Q') {
                    throw new IllegalArgumentException("a quoted run");
                }
                return Character.isLetterOrDigit(e) ? UNKNOWN : chars(String.valueOf(e));
            }
            case '^', '$' -> {
                return new Start(Set.of(), true);
            }
            case '.' -> {
                return UNKNOWN;
            }
            case '*', '+', '?', '{', ']' -> {
                throw new IllegalArgumentException("a quantifier without an atom");
            }
            default -> {
                return chars(String.valueOf(c));
            }
        }
    }

    /**
     * A class such as {@code [a-c€$]} or {@code [.,]}; unknown for a negated class or one with other escapes. A class
     * that nests another or intersects is refused.
     */
    private Start charClass() {
        boolean known = pattern.charAt(at) != '^';
        Set<Character> chars = new TreeSet<>();
        boolean first = true;
        while (pattern.charAt(at) != ']' || first) {
            first = false;
            char c = pattern.charAt(at++);
            if (c == '[' || c == '&') {
                throw new IllegalArgumentException("a nested class or an intersection");
            }
            if (c == '\\') {
                char e = pattern.charAt(at++);
                if (e == 'd') {
                    chars.addAll(chars(DIGITS).chars);
                    continue;
                }
                if (Character.isLetterOrDigit(e)) {
                    known = false;
                    continue;
                }
                c = e;
            }
            if (pattern.charAt(at) == '-' && pattern.charAt(at + 1) != ']') {
                char last = pattern.charAt(at + 1);
                if (last == '\\' || last < c) {
                    throw new IllegalArgumentException("a range this reading does not follow");
                }
                for (char r = c; r <= last; r++) {
                    chars.add(r);
                }
                at += 2;
            } else {
                chars.add(c);
            }
        }
        at++;
        return known ? new Start(chars, false) : UNKNOWN;
    }

    /** Skips a quantifier after an atom; whether it lets the atom be absent. */
    private boolean quantifier() {
        if (at >= pattern.length()) {
            return false;
        }
        char q = pattern.charAt(at);
        boolean optional;
        if (q == '?' || q == '*') {
            optional = true;
            at++;
        } else if (q == '+') {
            optional = false;
            at++;
        } else if (q == '{') {
            int close = pattern.indexOf('}', at);
            String bounds = pattern.substring(at + 1, close);
            optional = bounds.startsWith("0") || bounds.startsWith(",");
            at = close + 1;
        } else {
            return false;
        }
        if (at < pattern.length() && (pattern.charAt(at) == '?' || pattern.charAt(at) == '+')) {
            at++; // reluctant or possessive
        }
        return optional;
    }

    private static Start chars(String chars) {
        Set<Character> set = new TreeSet<>();
        for (int i = 0; i < chars.length(); i++) {
            set.add(chars.charAt(i));
        }
        return new Start(set, false);
    }
}

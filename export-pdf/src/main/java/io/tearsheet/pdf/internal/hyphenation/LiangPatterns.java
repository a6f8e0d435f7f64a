package io.tearsheet.pdf.internal.hyphenation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Hyphenation patterns and exceptions in TeX's format (Frank Liang's method, as in the hyph-utf8 files):
 * {@code \patterns{...}} with digits between letters, and {@code \hyphenation{...}} with hyphens in words.
 * Immutable once read, so one instance serves every thread.
 */
final class LiangPatterns {
    private final PatternTrie patterns;
    private final Map<String, boolean[]> exceptions;

    private LiangPatterns(Map<String, byte[]> patterns, Map<String, boolean[]> exceptions) {
        this.patterns = new PatternTrie(patterns);
        this.exceptions = Map.copyOf(exceptions);
    }

    /** Reads a TeX pattern file (UTF-8). */
    static LiangPatterns read(InputStream in) throws IOException {
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    static LiangPatterns read(Reader reader) throws IOException {
        Map<String, byte[]> patterns = new HashMap<>();
        Map<String, boolean[]> exceptions = new HashMap<>();
        String section = null;
        BufferedReader lines = new BufferedReader(reader);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            int comment = line.indexOf('%');
            if (comment >= 0) {
                line = line.substring(0, comment);
            }
            for (String token : line.trim().split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                if (token.startsWith("\\patterns{")) {
                    section = "patterns";
                    token = token.substring("\\patterns{".length());
                } else if (token.startsWith("\\hyphenation{")) {
                    section = "hyphenation";
                    token = token.substring("\\hyphenation{".length());
                }
                boolean closes = token.endsWith("}");
                if (closes) {
                    token = token.substring(0, token.length() - 1);
                }
                if (!token.isEmpty() && section != null) {
                    if (section.equals("patterns")) {
                        addPattern(patterns, token);
                    } else {
                        addException(exceptions, token);
                    }
                }
                if (closes) {
                    section = null;
                }
            }
        }
        return new LiangPatterns(patterns, exceptions);
    }

    private static void addPattern(Map<String, byte[]> patterns, String token) {
        StringBuilder letters = new StringBuilder();
        byte[] values = new byte[token.length() + 1];
        int position = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= '0' && c <= '9') {
                values[position] = (byte) (c - '0');
            } else {
                letters.append(c);
                position++;
            }
        }
        byte[] trimmed = new byte[letters.length() + 1];
        System.arraycopy(values, 0, trimmed, 0, trimmed.length);
        patterns.put(letters.toString(), trimmed);
    }

    private static void addException(Map<String, boolean[]> exceptions, String token) {
        StringBuilder word = new StringBuilder();
        boolean[] breaks = new boolean[token.length() + 1];
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '-') {
                breaks[word.length()] = true;
            } else {
                word.append(c);
            }
        }
        boolean[] trimmed = new boolean[word.length() + 1];
        System.arraycopy(breaks, 0, trimmed, 0, trimmed.length);
        exceptions.put(word.toString().toLowerCase(Locale.ROOT), trimmed);
    }

    /**
     * Where {@code word} (letters only) may break: element {@code i} is true when a hyphen may stand
     * before character {@code i}. The margins are not applied here.
     */
    boolean[] breaks(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean[] exception = exceptions.get(lower);
        if (exception != null && exception.length == word.length() + 1) {
            return exception.clone();
        }
        char[] dotted = new char[lower.length() + 2];
        dotted[0] = '.';
        lower.getChars(0, lower.length(), dotted, 1);
        dotted[dotted.length - 1] = '.';
        byte[] points = new byte[dotted.length + 1];
        for (int start = 0; start < dotted.length; start++) {
            patterns.apply(dotted, start, points);
        }
        // points[i + 1] is the value before word character i (the leading dot shifts everything by one).
        boolean[] breaks = new boolean[word.length() + 1];
        for (int i = 1; i < word.length(); i++) {
            breaks[i] = (points[i + 1] & 1) == 1;
        }
        return breaks;
    }
}

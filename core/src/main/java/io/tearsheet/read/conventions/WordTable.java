package io.tearsheet.read.conventions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A word list compiled for look-ups in any case without a lower-cased copy of each word: an open-addressing table
 * whose probe folds ASCII letters as it hashes and compares, and lower-cases only words with other characters, the
 * way {@code word.toLowerCase(Locale.ROOT)} would. The readers look up every word of a page in a dozen lists; a
 * copy per look-up was most of what they allocated. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * WordTable<String> lemmas = WordTable.of(Map.of("said", "say", "says", "say"));
 * lemmas.get("Said");          // "say"
 * lemmas.get(line, 4, 8);      // the word at line[4, 8), any case
 * WordTable.of(Set.of("of", "in")).contains("IN"); // true
 * }</pre>
 *
 * @param <V> the value each word stands for
 */
public final class WordTable<V> {
    private static final WordTable<?> EMPTY = new WordTable<>(new long[1], new char[0], new Object[1]);
    /** Marks a slot in use, so that a key of length 0 at offset 0 is not taken for an empty slot. */
    private static final long USED = 1L << 31;

    /**
     * Per slot, the key's hash (high half), offset in {@link #chars} and length (low half), 0 when empty: a probe
     * reads one array and compares characters in one more, where a table of strings misses the cache on every key.
     */
    private final long[] slots;
    /** Every key's characters, one after the other. */
    private final char[] chars;
    private final Object[] values;
    private final int mask;

    private WordTable(long[] slots, char[] chars, Object[] values) {
        this.slots = slots;
        this.chars = chars;
        this.values = values;
        this.mask = slots.length - 1;
    }

    /** A table of {@code entries}; keys match words that lower-case (Locale.ROOT) to them exactly. */
    public static <V> WordTable<V> of(Map<String, V> entries) {
        if (entries.isEmpty()) {
            @SuppressWarnings("unchecked")
            WordTable<V> empty = (WordTable<V>) EMPTY;
            return empty;
        }
        int capacity = Integer.highestOneBit(Math.max(entries.size() * 3, 4) - 1) << 1; // load at most a third
        long[] slots = new long[capacity];
        Object[] values = new Object[capacity];
        StringBuilder chars = new StringBuilder();
        for (Map.Entry<String, V> entry : entries.entrySet()) {
            String key = entry.getKey();
            if (key.length() > 0xFF || chars.length() > 0x7F_FFFF) {
                throw new IllegalArgumentException("word list too large for a WordTable at: " + key);
            }
            int hash = hash(key);
            int slot = hash & (capacity - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = (long) hash << 32 | USED | (long) chars.length() << 8 | key.length();
            values[slot] = entry.getValue();
            chars.append(key);
        }
        char[] pool = new char[chars.length()];
        chars.getChars(0, pool.length, pool, 0);
        return new WordTable<>(slots, pool, values);
    }

    /** A table of {@code words}, each standing for {@link Boolean#TRUE}: a set, looked up with {@link #contains}. */
    public static WordTable<Boolean> of(Set<String> words) {
        Map<String, Boolean> map = new HashMap<>();
        for (String word : words) {
            map.put(word, Boolean.TRUE);
        }
        return of(map);
    }

    /** The value of {@code word} in any case, or null. */
    public V get(CharSequence word) {
        return get(word, 0, word.length());
    }

    /** The value of the word {@code text[start, end)} in any case, or null. */
    @SuppressWarnings("unchecked")
    public V get(CharSequence text, int start, int end) {
        // one concrete type, so that reading characters is not a call through the interface for every character
        String string = text instanceof String s ? s : text.subSequence(start, end).toString();
        int from = string == text ? start : 0;
        int to = string == text ? end : end - start;
        int h = 0;
        char seen = 0;
        for (int i = from; i < to; i++) {
            char c = string.charAt(i);
            seen |= c;
            h = 31 * h + fold(c);
        }
        if (seen >= 0x80) {
            // beyond ASCII, lower-casing may change the length (İ) or depend on context (final Σ)
            String lower = string.substring(from, to).toLowerCase(Locale.ROOT);
            return (V) values[find(lower, 0, lower.length(), hash(lower))];
        }
        return (V) values[find(string, from, to, h ^ (h >>> 16))];
    }

    /** Whether {@code word} in any case is in the table. */
    public boolean contains(CharSequence word) {
        return get(word) != null;
    }

    /** The slot of the ASCII word {@code text[start, end)}, folded; an empty slot (null value) when absent. */
    private int find(String text, int start, int end, int hash) {
        int length = end - start;
        int slot = hash & mask;
        for (long entry = slots[slot]; entry != 0; entry = slots[slot]) {
            if ((int) (entry >>> 32) == hash && (entry & 0xFF) == length
                    && sameFolded((int) (entry >>> 8) & 0x7F_FFFF, length, text, start)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean sameFolded(int offset, int length, String text, int start) {
        for (int i = 0; i < length; i++) {
            if (chars[offset + i] != fold(text.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(String text) {
        int h = 0;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + fold(text.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    /** ASCII upper-case to lower-case; every other character as it is (keys beyond ASCII are already folded). */
    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    @Override
    public String toString() {
        List<String> keys = new ArrayList<>();
        for (long entry : slots) {
            if (entry != 0) {
                int offset = (int) (entry >>> 8) & 0x7F_FFFF;
                keys.add(new String(chars, offset, (int) (entry & 0xFF)));
            }
        }
        return "WordTable" + keys.stream().sorted().limit(5).toList() + "…";
    }
}

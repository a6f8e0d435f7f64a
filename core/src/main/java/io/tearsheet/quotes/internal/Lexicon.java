package io.tearsheet.quotes.internal;

import io.tearsheet.read.conventions.WordTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the word lists of the rules from the text files shipped beside this class, {@code lexicon/NAME.txt}: one
 * entry per line, {@code #} starts a comment, blank lines are skipped, a word listed twice is harmless. The
 * {@code README.md} there says what each list holds and how to extend it.
 *
 * <p>Each class that uses a list keeps it in a static final field, so a list is read once per class loader, when
 * its class is first used, and never again per article.
 */
final class Lexicon {
    private static final String DIRECTORY = "lexicon/";

    private Lexicon() {
    }

    /** The entries of a list, each a word or a phrase as written, in file order, without repeats. */
    static List<String> entries(String list) {
        List<String> entries = new ArrayList<>();
        for (Line line : read(list)) {
            entries.add(line.text());
        }
        return List.copyOf(new LinkedHashSet<>(entries));
    }

    /** The entries of a list as a set. */
    static Set<String> words(String list) {
        return Set.copyOf(entries(list));
    }

    /** The entries of a list, compiled for look-ups of words in any case. */
    static WordTable<Boolean> wordTable(String list) {
        return WordTable.of(words(list));
    }

    /**
     * A list of verbs, one per line as its lemma and then its forms ({@code say says said saying}), as a map from
     * every form (the lemma included) to its lemma. A form listed under two lemmas keeps the first.
     */
    static Map<String, String> lemmas(String list) {
        Map<String, String> lemmas = new HashMap<>();
        for (Line line : read(list)) {
            String[] forms = line.text().split("\\s+");
            for (String form : forms) {
                lemmas.putIfAbsent(form, forms[0]);
            }
        }
        return Map.copyOf(lemmas);
    }

    /**
     * A table, one row per line: a key as written, then the values it stands for, separated by spaces
     * ({@code Productions company firm producer}). A key listed twice keeps the values of both rows.
     */
    static Map<String, Set<String>> table(String list) {
        Map<String, Set<String>> table = new HashMap<>();
        for (Line line : read(list)) {
            String[] cells = line.text().split("\\s+");
            if (cells.length < 2) {
                throw line.malformed("a key and at least one value");
            }
            Set<String> values = table.computeIfAbsent(cells[0], k -> new LinkedHashSet<>());
            values.addAll(List.of(cells).subList(1, cells.length));
        }
        Map<String, Set<String>> copy = new HashMap<>();
        table.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        return Map.copyOf(copy);
    }

    /** A list of words with the gender each implies, one per line: {@code spokeswoman female}. */
    static Map<String, Gender> genders(String list) {
        Map<String, Gender> genders = new HashMap<>();
        for (Line line : read(list)) {
            String[] parts = line.text().split("\\s+");
            Gender gender = parts.length != 2 ? null : switch (parts[1].toLowerCase(Locale.ROOT)) {
                case "male" -> Gender.MALE;
                case "female" -> Gender.FEMALE;
                default -> null;
            };
            if (gender == null) {
                throw line.malformed("a word, then male or female");
            }
            genders.putIfAbsent(parts[0], gender);
        }
        return Map.copyOf(genders);
    }

    /** One entry: its text without comment and surrounding space, and where it stands, for error messages. */
    private record Line(String list, int number, String text) {
        IllegalStateException malformed(String expected) {
            return new IllegalStateException("quote lexicon " + list + ", line " + number + ": expected " + expected
                    + ", found '" + text + "'");
        }
    }

    private static List<Line> read(String list) {
        String resource = DIRECTORY + list + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("quote lexicon missing from the jar: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> lines = new ArrayList<>();
            int number = 0;
            for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
                number++;
                int comment = raw.indexOf('#');
                String text = (comment < 0 ? raw : raw.substring(0, comment)).strip();
                if (!text.isEmpty()) {
                    lines.add(new Line(list, number, text));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read quote lexicon " + resource, e);
        }
    }
}

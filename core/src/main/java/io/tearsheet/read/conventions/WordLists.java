package io.tearsheet.read.conventions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the word lists beside these classes ({@code src/main/resources/io/tearsheet/read/conventions}): UTF-8, one
 * entry a line, surrounding spaces dropped; blank lines and lines starting with {@code #} are skipped. Each
 * recogniser reads its lists once, when it is first used, into a holder class of its own.
 */
final class WordLists {
    private WordLists() {
    }

    /** The entries of a list, in file order. */
    static List<String> lines(String file) {
        try (InputStream in = WordLists.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("word list " + file + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + file, e);
        }
    }

    /** The entries of a list as a set, for membership tests. */
    static Set<String> set(String file) {
        return Set.copyOf(lines(file));
    }
}

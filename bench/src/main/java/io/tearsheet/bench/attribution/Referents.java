package io.tearsheet.bench.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Who a gold pronoun speaker refers to, resolved by hand from the article: a tab-separated file, one line per
 * quotation, {@code articleId  start  pronoun  referent}, where {@code start} is the gold quotation's start
 * (code points) and {@code referent} the name or description the article gives the speaker ({@code ?} when a
 * careful reader cannot tell). {@code #} starts a comment line. Names only, no words of the articles.
 */
final class Referents {
    static final Referents NONE = new Referents(Map.of());

    private final Map<String, String> byQuote;

    private Referents(Map<String, String> byQuote) {
        this.byQuote = byQuote;
    }

    static Referents read(Path file) throws IOException {
        Map<String, String> map = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length < 4) {
                throw new IOException("expected four tab-separated cells: " + line);
            }
            map.put(cells[0] + "@" + cells[1], cells[3].strip());
        }
        return new Referents(Map.copyOf(map));
    }

    /** The referent of the pronoun speaker of the gold quotation starting at code point {@code start}, or null. */
    String of(String article, int start) {
        String r = byQuote.get(article + "@" + start);
        return r == null || r.equals("?") ? null : r;
    }

    /** Whether the file says a careful reader cannot tell who it is. */
    boolean undecidable(String article, int start) {
        return "?".equals(byQuote.get(article + "@" + start));
    }

    int size() {
        return byQuote.size();
    }
}

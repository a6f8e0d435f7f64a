package io.tearsheet.bench.extraction;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Authors compared as a set of names, as the extraction harnesses score them: case, spacing, full stops and
 * apostrophes folded, and names a set gives as one ("Jane Doe und John Roe") parted, where a reader lists them apart.
 */
final class AuthorNames {
    private static final Pattern JOINED_NAMES = Pattern.compile("(?i)\\s+(?:and|und|y|et|&)\\s+");

    private AuthorNames() {
    }

    /** The folded set of the names. */
    static Set<String> of(List<String> names) {
        Set<String> set = new TreeSet<>();
        for (String name : names) {
            for (String one : JOINED_NAMES.split(name)) {
                String folded = Normalizer.normalize(one, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                        .replaceAll("[.\u2019']", "").replaceAll("\\s+", " ").strip();
                if (!folded.isEmpty()) {
                    set.add(folded);
                }
            }
        }
        return set;
    }

    /** Whether the names found are the gold's; null when the gold names none. */
    static Boolean match(List<String> gold, List<String> found) {
        return gold.isEmpty() ? null : of(gold).equals(of(found));
    }
}

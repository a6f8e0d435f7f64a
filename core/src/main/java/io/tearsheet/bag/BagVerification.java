package io.tearsheet.bag;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of checking a bag: empty problems means complete and valid.
 *
 * @param bag      the bag's folder
 * @param problems what is missing, extra or altered, one sentence each, in a stable order
 * @since 0.1.0
 */
public record BagVerification(Path bag, List<String> problems) {
    public BagVerification {
        problems = List.copyOf(problems);
    }

    /** Whether the bag is complete and every checksum matches. */
    public boolean isValid() {
        return problems.isEmpty();
    }
}

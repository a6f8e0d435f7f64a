package io.tearsheet.validate;

import java.nio.file.Path;
import java.util.List;

/**
 * What a validator found in one file.
 *
 * @param file      the file checked
 * @param validator the validator and its version, for example {@code epubcheck 5.2.1}
 * @param findings  every finding, in the validator's order
 * @since 0.1.0
 */
public record Validation(Path file, String validator, List<Finding> findings) {
    public Validation {
        findings = List.copyOf(findings);
    }

    /** Whether no finding is an error or a warning. */
    public boolean passed() {
        return findings.stream().allMatch(f -> f.severity() == Finding.Severity.ADVICE);
    }
}

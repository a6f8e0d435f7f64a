package io.tearsheet.batch;

import java.util.List;

/**
 * The summary of a batch.
 *
 * @param converted how many inputs were converted
 * @param skipped   how many were already complete (with resume)
 * @param noArticle how many were read and held no article (pages of a web archive that are index, tag or error
 *                  pages); not failures
 * @param failures  the inputs that failed, in input order, with their reasons
 * @param notRun    how many inputs were not attempted because the batch stopped at the first failure
 * @since 0.1.0
 */
public record BatchResult(int converted, int skipped, int noArticle, List<Failure> failures, int notRun) {
    public BatchResult {
        failures = List.copyOf(failures);
    }

    /** A result without inputs that held no article. */
    public BatchResult(int converted, int skipped, List<Failure> failures, int notRun) {
        this(converted, skipped, 0, failures, notRun);
    }

    /** Whether every input was converted, skipped, or found to hold no article. */
    public boolean succeeded() {
        return failures.isEmpty() && notRun == 0;
    }

    /**
     * One input that failed.
     *
     * @param input   the input's display name
     * @param message why, in one line
     */
    public record Failure(String input, String message) {
    }
}

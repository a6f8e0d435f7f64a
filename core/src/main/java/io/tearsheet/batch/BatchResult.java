package io.tearsheet.batch;

import java.util.List;

/**
 * The summary of a batch.
 *
 * @param converted how many inputs were converted
 * @param skipped   how many were already complete (with resume)
 * @param failures  the inputs that failed, in input order, with their reasons
 * @param notRun    how many inputs were not attempted because the batch stopped at the first failure
 * @since 0.1.0
 */
public record BatchResult(int converted, int skipped, List<Failure> failures, int notRun) {
    public BatchResult {
        failures = List.copyOf(failures);
    }

    /** Whether every input was converted or skipped. */
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

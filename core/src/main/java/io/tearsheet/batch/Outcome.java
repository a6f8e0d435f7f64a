package io.tearsheet.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * What happened to one input of a batch.
 *
 * @param status   converted, skipped (already complete, with {@code resume}) or failed
 * @param files    the files written, in the order of the formats
 * @param message  why it failed, one line; null unless failed
 * @param warnings what the exporters had to change, each prefixed with its format
 * @since 0.1.0
 */
public record Outcome(Status status, List<Path> files, String message, List<String> warnings) {
    public Outcome {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    /** The states an input can end in. */
    public enum Status {
        CONVERTED, SKIPPED, FAILED
    }

    public static Outcome done(List<Path> files, List<String> warnings) {
        return new Outcome(Status.CONVERTED, files, null, warnings);
    }

    public static Outcome skipped(List<Path> files) {
        return new Outcome(Status.SKIPPED, files, null, List.of());
    }

    public static Outcome failed(String message) {
        return new Outcome(Status.FAILED, List.of(), message, List.of());
    }
}

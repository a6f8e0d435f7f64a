package io.tearsheet.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * What happened to one input of a batch.
 *
 * @param status   converted, skipped (already complete, with {@code resume}), no article found, or failed
 * @param files    the files written, in the order of the formats
 * @param message  why it failed, or why there is no article, one line; null otherwise
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
        /** Read and written. */
        CONVERTED,
        /** Not written again: its outputs were already complete (with {@code resume}). */
        SKIPPED,
        /**
         * Read, and found to hold no article (an index, tag or error page in a web archive): nothing is written, and
         * it is not a failure. See {@link io.tearsheet.read.NoArticleException}.
         */
        NO_ARTICLE,
        /** Not read or not written; the message says why. */
        FAILED
    }

    public static Outcome done(List<Path> files, List<String> warnings) {
        return new Outcome(Status.CONVERTED, files, null, warnings);
    }

    public static Outcome skipped(List<Path> files) {
        return new Outcome(Status.SKIPPED, files, null, List.of());
    }

    /** The input holds no article, for the reason given ("no article found: the page has no running text"). */
    public static Outcome noArticle(String reason) {
        return new Outcome(Status.NO_ARTICLE, List.of(), reason, List.of());
    }

    public static Outcome failed(String message) {
        return new Outcome(Status.FAILED, List.of(), message, List.of());
    }
}

package io.tearsheet.spark.internal;

/** How a failure reads in the catalog's {@code error} column: the exception's kind and message, on one line. */
final class Failures {
    private Failures() {
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        String text = failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.replaceAll("\\s+", " ").strip();
    }
}

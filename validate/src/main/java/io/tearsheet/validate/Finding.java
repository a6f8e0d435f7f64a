package io.tearsheet.validate;

/**
 * One thing a validator said about a file.
 *
 * @param severity how serious it is
 * @param message  the validator's message, with where it applies
 * @since 0.1.0
 */
public record Finding(Severity severity, String message) {

    /** How serious a finding is; {@link #ERROR} and {@link #WARNING} make a file fail. */
    public enum Severity {
        /** The file breaks the format's rules (an epubcheck error or fatal, a failed veraPDF rule, a schema violation). */
        ERROR,
        /** Probably a problem (an epubcheck warning). */
        WARNING,
        /** Advice about good practice (epubcheck usage and info messages); does not fail the file. */
        ADVICE
    }
}

package io.tearsheet.cli;

/**
 * The exit codes of every {@code tearsheet} command (also listed in the README).
 *
 * @since 0.1.0
 */
public final class ExitCodes {
    /** Everything asked for was done. */
    public static final int OK = 0;
    /** An input could not be read or converted (the message names it). */
    public static final int BAD_INPUT = 1;
    /** The command line was wrong: unknown option, missing argument, unknown format. */
    public static final int USAGE = 2;
    /** An output could not be written (disk full, no permission). */
    public static final int CANNOT_WRITE = 3;
    /** A check failed: a validator found problems, or a bag does not verify. */
    public static final int CHECK_FAILED = 4;
    /**
     * The Java heap ran out: the work needs more memory than the JVM was given ({@code -Xmx}); nothing half-written
     * is left behind. Fewer {@code --jobs}, or a book of fewer articles, also helps.
     */
    public static final int OUT_OF_MEMORY = 5;
    /** Something unexpected went wrong inside Tearsheet; please report it. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}

package io.tearsheet.cli;

import picocli.CommandLine;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Runs the {@code tearsheet} command and exits with its code.
 *
 * @since 0.1.0
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args));
    }

    /** Runs the command with the given streams and returns its exit code; used by tests and embedders. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = TearsheetCommand.commandLine(out, err);
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // By now the work in progress is unreachable and its temporary files are gone: one line, not a trace.
            err.println("tearsheet: out of memory with a Java heap of at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB; give Java more with -Xmx"
                    + " (for example java -Xmx2g -jar tearsheet.jar …), or use fewer --jobs");
            code = ExitCodes.OUT_OF_MEMORY;
        }
        out.flush();
        err.flush();
        return code;
    }
}

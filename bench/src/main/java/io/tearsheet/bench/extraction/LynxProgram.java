package io.tearsheet.bench.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A page as the {@code lynx} text browser dumps it ({@code lynx -dump}), for the harnesses' {@code lynx-program}
 * style: {@link TextDumps} imitates lynx, and the imitation is kinder than the program (lynx centres a page's main
 * heading, draws rules and form fields with underscores, prints a button as {@code [BUTTON Input]}, sets text
 * inside lists and quotations at other indentations). Needs lynx on the path ({@code apt-get install lynx}); the
 * output is UTF-8 and 80 columns wide, whatever the machine's locale.
 */
final class LynxProgram {
    private static final long TIMEOUT_SECONDS = 30;

    private LynxProgram() {
    }

    /** {@code lynx -dump} of the HTML file {@code page}. */
    static String dump(Path page) throws IOException {
        List<String> command = List.of("lynx", "-dump", "-force_html", "-width=80", "-display_charset=utf-8",
                "-nostatus", page.toAbsolutePath().toString());
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("the lynx-program style needs the lynx program (apt-get install lynx): "
                    + e.getMessage(), e);
        }
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("lynx did not finish " + page + " in " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while lynx read " + page, e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("lynx exited with " + process.exitValue() + " on " + page);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}

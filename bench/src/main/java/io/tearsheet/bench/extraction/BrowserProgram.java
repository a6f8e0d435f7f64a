package io.tearsheet.bench.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A page as a text browser program dumps it, for the harnesses' {@code lynx-program} and {@code w3m-program} styles:
 * {@link TextDumps} imitates lynx, and the imitation is kinder than the program (lynx centres a page's main heading,
 * draws rules and form fields with underscores, prints a button as {@code [BUTTON Input]}, sets text inside lists
 * and quotations at other indentations); w3m sets everything at the margin and numbers no links. Needs the program
 * on the path ({@code apt-get install lynx w3m}); the output is UTF-8 and 80 columns wide, whatever the locale.
 */
final class BrowserProgram {
    private static final long TIMEOUT_SECONDS = 30;

    private BrowserProgram() {
    }

    /** The dump of the HTML file {@code page} by the program of {@code style}. */
    static String dump(Path page, TextDumps.Style style) throws IOException {
        String file = page.toAbsolutePath().toString();
        List<String> command = switch (style) {
            case LYNX_PROGRAM -> List.of("lynx", "-dump", "-force_html", "-width=80", "-display_charset=utf-8",
                    "-nostatus", file);
            case W3M_PROGRAM -> List.of("w3m", "-dump", "-T", "text/html", "-cols", "80", "-O", "UTF-8", file);
            default -> throw new IllegalArgumentException(style.label() + " is not made by a program");
        };
        String program = command.get(0);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("the " + style.label() + " style needs the " + program + " program (apt-get install "
                    + program + "): " + e.getMessage(), e);
        }
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(program + " did not finish " + page + " in " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while " + program + " read " + page, e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(program + " exited with " + process.exitValue() + " on " + page);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}

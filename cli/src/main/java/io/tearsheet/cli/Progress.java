package io.tearsheet.cli;

import io.tearsheet.batch.BatchInput;
import io.tearsheet.batch.BatchListener;
import io.tearsheet.batch.Outcome;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows a batch's progress: a progress bar on a terminal, or one quiet line per input when output goes to a file
 * or a pipe. Failures and warnings always go to standard error, one line each, naming the input.
 */
final class Progress implements BatchListener, AutoCloseable {
    private final String task;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private ProgressBar bar;

    Progress(String task, PrintWriter out, PrintWriter err, boolean terminal, boolean quiet) {
        this.task = task;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
    }

    /** Whether this process talks to a person at a terminal. */
    static boolean isTerminal() {
        return System.console() != null;
    }

    @Override
    public void started(int inputs) {
        if (terminal && !quiet && inputs > 1) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(inputs).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true))).showSpeed()
                    .setUpdateIntervalMillis(200).build();
        }
    }

    @Override
    public void finished(BatchInput input, Outcome outcome) {
        switch (outcome.status()) {
            case FAILED -> err.println("tearsheet: " + input.displayName() + ": " + outcome.message());
            case NO_ARTICLE -> {
                if (bar == null && !quiet) {
                    out.println(input.displayName() + ": " + outcome.message());
                }
            }
            case SKIPPED -> {
                if (bar == null && !quiet) {
                    out.println(input.displayName() + " skipped (complete)");
                }
            }
            case CONVERTED -> {
                if (bar == null && !quiet) {
                    out.println(input.displayName() + " -> " + paths(outcome.files()));
                }
            }
        }
        for (String warning : outcome.warnings()) {
            err.println("tearsheet: " + input.displayName() + ": " + warning);
        }
        out.flush();
        err.flush();
        if (bar != null) {
            bar.step();
        }
    }

    private static String paths(List<Path> files) {
        List<String> shown = new ArrayList<>(files.size());
        for (Path file : files) {
            shown.add(Displays.path(file));
        }
        return String.join(", ", shown);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}

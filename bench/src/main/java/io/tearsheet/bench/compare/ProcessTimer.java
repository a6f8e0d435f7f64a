package io.tearsheet.bench.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times whole processes by wall clock, as a user at a shell would: start to exit, JVM or pandoc start-up included.
 * Before each run a preparation step (not timed) may clear the outputs of the last one.
 */
final class ProcessTimer {
    private final Path workingDir;

    ProcessTimer(Path workingDir) {
        this.workingDir = workingDir;
    }

    /** Runs {@code command} {@code runs} times after {@code warmups} untimed runs. */
    Timing time(List<String> command, int warmups, int runs, Runnable beforeEach) throws IOException {
        for (int i = 0; i < warmups; i++) {
            beforeEach.run();
            run(command);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            beforeEach.run();
            long start = System.nanoTime();
            run(command);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return Timing.of(millis);
    }

    /** Times a sequence of commands run one after another (for example pandoc once per file) as one measurement. */
    Timing timeSequence(List<List<String>> commands, int runs, Runnable beforeEach) throws IOException {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            beforeEach.run();
            long start = System.nanoTime();
            for (List<String> command : commands) {
                run(command);
            }
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return Timing.of(millis);
    }

    /** Runs a command to its end; its output is discarded, a non-zero exit is an error. */
    void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IOException("exit " + exit + " from " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}

package io.tearsheet.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one JVM command under {@code /usr/bin/time -v} with a GC log, and reads back the peak resident set size,
 * the wall time, and the heap: the most heap in use seen by any collection (before it collected) and the most
 * still live after one.
 */
final class PeakMemory {
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern EXIT = Pattern.compile("Exit status: (\\d+)");
    private static final Pattern HEAP = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    /**
     * What one run used.
     *
     * @param seconds       wall time
     * @param rssMib        peak resident set size
     * @param heapPeakMib   the most heap in use before any collection
     * @param heapLiveMib   the most heap still in use after any collection
     * @param collections   how many collections the log shows
     */
    record Usage(double seconds, double rssMib, double heapPeakMib, double heapLiveMib, int collections) {
    }

    private PeakMemory() {
    }

    /**
     * Runs {@code java <jvmOptions> -Xlog:gc:file=… <arguments>} under {@code time -v} in {@code workDir}.
     *
     * @throws IOException when the command fails
     */
    static Usage measure(Path workDir, String java, List<String> jvmOptions, List<String> arguments, String label)
            throws IOException {
        Path gcLog = workDir.resolve(label + ".gc.log");
        Path timeLog = workDir.resolve(label + ".time.txt");
        Files.deleteIfExists(gcLog);
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", timeLog.toString(), java));
        command.addAll(jvmOptions);
        command.add("-Xlog:gc:file=" + gcLog);
        command.addAll(arguments);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(workDir.resolve(label + ".stderr.txt").toFile())
                .start();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String time = Files.readString(timeLog);
        Matcher exit = EXIT.matcher(time);
        if (!exit.find() || !exit.group(1).equals("0")) {
            throw new IOException(label + " failed; see " + workDir.resolve(label + ".stderr.txt"));
        }
        Matcher rss = RSS.matcher(time);
        double rssMib = rss.find() ? Long.parseLong(rss.group(1)) / 1024.0 : Double.NaN;
        double peak = 0;
        double live = 0;
        int collections = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher heap = HEAP.matcher(line);
            if (heap.find()) {
                collections++;
                peak = Math.max(peak, mib(heap.group(1), heap.group(2)));
                live = Math.max(live, mib(heap.group(3), heap.group(4)));
            }
        }
        return new Usage(seconds, rssMib, peak, live, collections);
    }

    private static double mib(String amount, String unit) {
        double value = Double.parseDouble(amount);
        return switch (unit) {
            case "K" -> value / 1024;
            case "G" -> value * 1024;
            default -> value;
        };
    }
}

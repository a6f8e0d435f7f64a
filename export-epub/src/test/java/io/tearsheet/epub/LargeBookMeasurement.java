package io.tearsheet.epub;

import io.tearsheet.export.ExportReport;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@link LargeBook} of the given size to a file and prints the time taken, the file's size and the peak
 * heap, for the streaming claim of {@link EpubBookExporter}. Not a test (timings are not assertions): run it as
 *
 * <pre>{@code
 * java -Xmx256m -cp <test class path> io.tearsheet.epub.LargeBookMeasurement 10000 /tmp/large.epub
 * }</pre>
 */
final class LargeBookMeasurement {
    private LargeBookMeasurement() {
    }

    public static void main(String[] args) throws IOException {
        int size = Integer.parseInt(args[0]);
        Path target = Path.of(args[1]);
        long[] peak = {0};
        Thread sampler = new Thread(() -> {
            Runtime runtime = Runtime.getRuntime();
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], runtime.totalMemory() - runtime.freeMemory());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        ExportReport report;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            report = new EpubBookExporter().export(LargeBook.of(size), out);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        // used heap sampled every 5 ms, garbage included: an upper bound of what the export needs
        System.out.printf("articles=%d seconds=%.1f bytes=%d peakUsedHeapMiB=%.1f maxHeapMiB=%.1f warnings=%d%n",
                size, millis / 1000.0, Files.size(target), peak[0] / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0, report.warnings().size());
    }
}

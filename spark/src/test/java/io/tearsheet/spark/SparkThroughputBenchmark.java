package io.tearsheet.spark;

import com.fasterxml.jackson.databind.node.TextNode;
import io.tearsheet.spark.GeneratedArchive.Generated;
import org.apache.spark.sql.SparkSession;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Articles per second of the whole Spark job (read, render every format, write atomically with sidecars, write the
 * catalog) on {@code local[1]} and {@code local[2]}, over generated template articles given as a JSON Lines table,
 * and the heap the executor needed (in local mode the executor runs inside this JVM). Not a test: run it by hand,
 * as {@code spark/README.md} shows.
 *
 * <p>Arguments: article count (default 10000), formats (default {@code json,epub,pdf}), masters (default
 * {@code local[1],local[2]}), input kind ({@code text}, the default: scraped-looking plain text that the reader
 * parses and attributes; or {@code json}: Tearsheet JSON).
 */
public final class SparkThroughputBenchmark {
    private static final int WARM_UP_ARTICLES = 400;

    private SparkThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<String> formats = List.of((args.length > 1 ? args[1] : "json,epub,pdf").split(","));
        List<String> masters = List.of((args.length > 2 ? args[2] : "local[1],local[2]").split(",(?=local)"));
        boolean text = !(args.length > 3 && args[3].equals("json"));
        Path work = Files.createTempDirectory("tearsheet-spark-bench");
        Path input = writeInput(work.resolve("articles.jsonl"), count, text);
        Path warmUp = writeInput(work.resolve("warm-up.jsonl"), WARM_UP_ARTICLES, text);
        System.out.printf(Locale.ROOT, "%d %s articles (%,d bytes of JSON Lines), formats %s, %d processors, "
                        + "-Xmx %d MiB%n", count, text ? "plain-text" : "JSON", Files.size(input), formats, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| master | articles | seconds | articles/s | peak heap used (MiB) | live heap after GC (MiB) |");
        System.out.println("|---|---|---|---|---|---|");
        for (String master : masters) {
            int cores = Integer.parseInt(master.replaceAll("[^0-9]", ""));
            SparkSession spark = SparkSession.builder().master(master).appName("tearsheet-bench")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            try {
                TearsheetSpark.convert(ArticleInputs.jsonLines(spark, warmUp.toString()),
                        SparkJobOptions.builder(work.resolve("warm-" + cores).toString()).formats(formats)
                                .partitions(cores * 4).build());
                System.gc();
                resetPeaks();
                HeapSampler sampler = HeapSampler.start();
                long start = System.nanoTime();
                SparkJobSummary summary = TearsheetSpark.convert(ArticleInputs.jsonLines(spark, input.toString()),
                        SparkJobOptions.builder(work.resolve("out-" + cores).toString()).formats(formats)
                                .partitions(cores * 8).build());
                double seconds = (System.nanoTime() - start) / 1e9;
                sampler.stop();
                if (summary.converted() != count) {
                    throw new IllegalStateException("expected " + count + " conversions: " + summary);
                }
                System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.0f | %d | %d |%n", master, count, seconds,
                        count / seconds, sampler.peakUsed() >> 20, sampler.peakLive() >> 20);
            } finally {
                spark.stop();
            }
        }
    }

    private static Path writeInput(Path file, int count, boolean text) throws IOException {
        List<Generated> articles = text ? GeneratedArchive.textArticles(count, 2026)
                : GeneratedArchive.templateArticles(count, 2026);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Generated g : articles) {
                String mediaType = g.mediaType() == null ? "text/plain" : g.mediaType();
                out.write("{\"id\":\"" + g.id() + "\",\"url\":\"" + g.url() + "\",\"mediaType\":\"" + mediaType
                        + "\",\"content\":" + TextNode.valueOf(new String(g.content(), StandardCharsets.UTF_8))
                        + "}\n");
            }
        }
        return file;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Samples the heap every 50 ms: the most in use, and the most still live right after a collection. */
    private static final class HeapSampler {
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakLive = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        private HeapSampler() {
            thread = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
        }

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.thread.start();
            return sampler;
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
            sample();
        }

        long peakUsed() {
            return peakUsed.get();
        }

        long peakLive() {
            return peakLive.get();
        }

        private void sample() {
            long used = 0;
            long live = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    used += pool.getPeakUsage().getUsed();
                    if (pool.getCollectionUsage() != null) {
                        live += pool.getCollectionUsage().getUsed();
                    }
                }
            }
            peakUsed.accumulateAndGet(used, Math::max);
            peakLive.accumulateAndGet(live, Math::max);
        }
    }
}

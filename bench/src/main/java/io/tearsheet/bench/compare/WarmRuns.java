package io.tearsheet.bench.compare;

import io.tearsheet.bench.JsonFloorBenchmark;
import io.tearsheet.bench.PeerPdfBenchmark;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The warm, in-JVM half of the comparison, run through JMH in sample mode (every operation timed), so that the
 * median of single operations can be read: the PDF engines and the two JSON writers. JMH's own report goes to a
 * log file.
 */
final class WarmRuns {
    private WarmRuns() {
    }

    /**
     * Runs the benchmarks and returns a timing per key: {@code pdf:<engine>} and {@code json:<method>}.
     *
     * @param forks       JVM forks per benchmark
     * @param iterations  measurement iterations per fork (as many warm-up iterations run first)
     * @param seconds     seconds per iteration
     */
    static Map<String, Timing> run(int forks, int iterations, int seconds, Path log) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(PeerPdfBenchmark.class.getName() + ".render$")
                .include(JsonFloorBenchmark.class.getName() + ".*")
                .mode(Mode.SampleTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                .forks(forks)
                .warmupIterations(iterations)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .output(log.toString());
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Timing> timings = new LinkedHashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String key = benchmark.contains("PeerPdf") ? "pdf:" + result.getParams().getParam("engine")
                    : "json:" + method;
            Statistics stats = result.getPrimaryResult().getStatistics();
            // Sample mode reports microseconds; timings are kept in milliseconds.
            timings.put(key, new Timing(stats.getPercentile(50) / 1000, stats.getPercentile(25) / 1000,
                    stats.getPercentile(75) / 1000, stats.getN()));
        }
        return timings;
    }
}

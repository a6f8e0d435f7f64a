package io.tearsheet.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks jar's entry point: JMH's own command line ({@code java -jar bench/target/benchmarks.jar -h}), with
 * one addition: when the shared corpus is absent, the corpus benchmark is left out (with a note) instead of
 * failing.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        if (Inputs.corpusSeedPath().isEmpty()) {
            System.err.println("tearsheet-bench: no shared corpus (../shared/corpus or -D" + Inputs.SHARED_DIR_PROPERTY
                    + "); ReaderBenchmark.corpusSeed is skipped");
            all.add("-e");
            all.add("ReaderBenchmark.corpusSeed");
        }
        org.openjdk.jmh.Main.main(all.toArray(String[]::new));
    }
}

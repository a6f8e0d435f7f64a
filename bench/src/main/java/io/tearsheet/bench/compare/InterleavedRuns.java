package io.tearsheet.bench.compare;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warm runs that hold up on a shared machine: the tasks take turns (so a burst of load from elsewhere falls on all of
 * them alike), and each turn is timed by wall clock and by this process's CPU time, which includes its GC and
 * compiler threads but not the time spent waiting for a core. The process clock ticks in 10 ms steps here, so a
 * turn runs as many operations as fill about {@code turnMillis} and the times are divided by that count. On a busy
 * machine wall-clock medians move with the load; the CPU-time medians barely do.
 */
final class InterleavedRuns {
    /** An operation to time. */
    interface Task {
        void run() throws IOException;
    }

    /** Wall and CPU time per operation of one task, and how many operations each turn ran. */
    record Result(Timing wall, Timing cpu, int operationsPerTurn) {
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private InterleavedRuns() {
    }

    /**
     * Runs every task in turn for {@code warmupSeconds}, then {@code rounds} timed rounds of one turn per task, and
     * returns each task's timings per operation, in the order given.
     */
    static Map<String, Result> run(Map<String, Task> tasks, int warmupSeconds, int rounds, int turnMillis)
            throws IOException {
        List<String> names = new ArrayList<>(tasks.keySet());
        long warmEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (String name : names) {
                tasks.get(name).run();
            }
        }
        // Calibrate on warm code: how many operations fill one turn.
        Map<String, Integer> perTurn = new LinkedHashMap<>();
        for (String name : names) {
            Task task = tasks.get(name);
            long start = System.nanoTime();
            int count = 0;
            while (System.nanoTime() - start < turnMillis * 1_000_000L) {
                task.run();
                count++;
            }
            perTurn.put(name, Math.max(1, count));
        }
        Map<String, List<Double>> wall = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        names.forEach(n -> {
            wall.put(n, new ArrayList<>());
            cpu.put(n, new ArrayList<>());
        });
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < names.size(); i++) {
                // Rotate the order each round, so no task always follows the same one.
                String name = names.get((i + round) % names.size());
                Task task = tasks.get(name);
                int count = perTurn.get(name);
                long cpuStart = OS.getProcessCpuTime();
                long wallStart = System.nanoTime();
                for (int op = 0; op < count; op++) {
                    task.run();
                }
                long wallEnd = System.nanoTime();
                long cpuEnd = OS.getProcessCpuTime();
                wall.get(name).add((wallEnd - wallStart) / 1e6 / count);
                cpu.get(name).add((cpuEnd - cpuStart) / 1e6 / count);
            }
        }
        Map<String, Result> results = new LinkedHashMap<>();
        for (String name : names) {
            results.put(name, new Result(Timing.of(wall.get(name)), Timing.of(cpu.get(name)), perTurn.get(name)));
        }
        return results;
    }
}

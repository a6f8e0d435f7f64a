package io.tearsheet.hardening;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the hostile inputs tried ({@link HostileInput} tests) and how each ended, prints
 * "Hostile inputs: N tried, N ended as documented" and writes the same, case by case, to
 * {@code target/hostile-input-report.txt}.
 *
 * <p>The module's tests run in two JVMs (the default heap and a small one), so outcomes are kept by test id in
 * {@code target/hostile-input-outcomes.tsv} and each run adds its own; {@code mvn clean} starts afresh. Registered
 * as a JUnit Platform listener through {@code META-INF/services}.
 */
public final class HostileInputReport implements TestExecutionListener {
    static final Path TARGET = Path.of("target");
    static final Path OUTCOMES = TARGET.resolve("hostile-input-outcomes.tsv");
    static final Path REPORT = TARGET.resolve("hostile-input-report.txt");

    private final Map<String, String[]> outcomes = new TreeMap<>();
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest() || !test.getTags().contains(TestTag.create(HostileInput.TAG))) {
            return;
        }
        String status = switch (result.getStatus()) {
            case SUCCESSFUL -> "documented";
            case ABORTED -> "skipped";
            case FAILED -> "FAILED";
        };
        outcomes.put(test.getUniqueId(), new String[]{status, name(test)});
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (test.isTest() && test.getTags().contains(TestTag.create(HostileInput.TAG))) {
            outcomes.put(test.getUniqueId(), new String[]{"skipped", name(test)});
        }
    }

    private String name(TestIdentifier test) {
        List<String> names = new ArrayList<>();
        for (TestIdentifier t = test; t != null && t.getParentId().isPresent(); ) {
            names.add(0, t.getDisplayName());
            t = plan == null ? null : plan.getParent(t).orElse(null);
        }
        return String.join(" › ", names);
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (outcomes.isEmpty()) {
            return;
        }
        try {
            Map<String, String[]> all = new TreeMap<>();
            if (Files.exists(OUTCOMES)) {
                for (String line : Files.readAllLines(OUTCOMES, StandardCharsets.UTF_8)) {
                    String[] parts = line.split("\t", 3);
                    if (parts.length == 3) {
                        all.put(parts[0], new String[]{parts[1], parts[2]});
                    }
                }
            }
            all.putAll(outcomes);
            StringBuilder tsv = new StringBuilder();
            all.forEach((id, o) -> tsv.append(id).append('\t').append(o[0]).append('\t').append(o[1]).append('\n'));
            Files.createDirectories(TARGET);
            Files.writeString(OUTCOMES, tsv, StandardCharsets.UTF_8);
            Files.writeString(REPORT, report(all), StandardCharsets.UTF_8);
            System.out.println(summary(all));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String summary(Map<String, String[]> all) {
        long tried = all.values().stream().filter(o -> !o[0].equals("skipped")).count();
        long documented = all.values().stream().filter(o -> o[0].equals("documented")).count();
        long skipped = all.size() - tried;
        return "Hostile inputs: " + tried + " tried, " + documented + " ended as documented"
                + (skipped > 0 ? " (" + skipped + " skipped)" : "");
    }

    private static String report(Map<String, String[]> all) {
        StringBuilder out = new StringBuilder(summary(all)).append("\n\n");
        all.values().stream().sorted((a, b) -> a[1].compareTo(b[1]))
                .forEach(o -> out.append(String.format("%-10s %s%n", o[0], o[1])));
        return out.toString();
    }
}

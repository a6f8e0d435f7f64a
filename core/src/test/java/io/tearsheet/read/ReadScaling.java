package io.tearsheet.read;

import io.tearsheet.Tearsheet;

import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Checks by hand that reading scales linearly: the embedded sample's 27 body paragraphs repeated to about 1, 2, 5
 * and 10 MB, read three times each after a warm-up; prints the best wall time and process CPU time (GC and JIT
 * included). Not a
 * test (no timing assertions); run it with
 *
 * <pre>
 * mvn -B -q -pl core test-compile
 * java -Xmx1g -cp core/target/classes:core/target/test-classes io.tearsheet.read.ReadScaling [one-paragraph]
 * </pre>
 *
 * {@code one-paragraph} joins everything into a single paragraph, the adversarial case.
 */
public final class ReadScaling {
    private ReadScaling() {
    }

    public static void main(String[] args) {
        boolean single = args.length > 0 && args[0].equals("one-paragraph");
        String[] blocks = new String(Tearsheet.sampleText(), StandardCharsets.UTF_8).split("\n\n");
        StringBuilder body = new StringBuilder();
        for (int i = 2; i < 29; i++) {
            body.append(blocks[i]).append(single ? " " : "\n\n");
        }
        PlainTextReader reader = PlainTextReader.create();
        for (int i = 0; i < 3; i++) {
            reader.read(input(body, 1));
        }
        for (int megabytes : new int[] {1, 2, 5, 10}) {
            byte[] input = input(body, megabytes);
            long wall = Long.MAX_VALUE;
            long cpu = Long.MAX_VALUE;
            int quotes = 0;
            for (int run = 0; run < 3; run++) {
                System.gc();
                long w = System.nanoTime();
                long c = cpuNanos();
                quotes = reader.read(input).quotes().size();
                cpu = Math.min(cpu, cpuNanos() - c);
                wall = Math.min(wall, System.nanoTime() - w);
            }
            System.out.printf(Locale.ROOT, "%2d MB (%,d bytes, %,d quotes): wall %,d ms, cpu %,d ms, %.0f ms per MB%n",
                    megabytes, input.length, quotes, wall / 1_000_000, cpu / 1_000_000,
                    cpu / 1e6 / (input.length / 1048576.0));
        }
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos();
    }

    private static byte[] input(StringBuilder body, int megabytes) {
        StringBuilder text = new StringBuilder("Millbrook Bets on the Night Boat Again\n\n");
        while (text.length() < megabytes << 20) {
            text.append(body);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}

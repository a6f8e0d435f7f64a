package io.tearsheet.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks by hand that validating an article is linear in its size when one giant paragraph holds many quotations:
 * builds a single paragraph of {@code n} quoted sentences (each a {@link QuoteSpan} with its {@link Quote}), for
 * n = 5,000 to 80,000, and prints the best of three wall and CPU times for {@link SpanLocation#locate} and for
 * {@code new Article(…)} (which locates the spans and checks every quote's offsets). Doubling n should about double
 * the time. Not a test (no timing assertions); run it with
 *
 * <pre>
 * mvn -B -q -pl core test-compile
 * java -Xmx2g -cp core/target/classes:core/target/test-classes io.tearsheet.model.QuoteValidationScaling
 * </pre>
 */
public final class QuoteValidationScaling {
    private QuoteValidationScaling() {
    }

    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            measure(2_000, false);
        }
        for (int n : new int[] {5_000, 10_000, 20_000, 40_000, 80_000}) {
            measure(n, true);
        }
    }

    private static void measure(int n, boolean print) {
        List<Inline> content = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < n; i++) {
            // a character outside the BMP in every sentence, so code points and chars differ
            String words = "Quote number " + i + " says \uD83D\uDCF0 little";
            String before = "“";
            String after = "” said the speaker. ";
            content.add(new Text(before));
            offset += before.length();
            int length = words.codePointCount(0, words.length());
            content.add(new QuoteSpan("q" + i, List.of(new Text(words))));
            quotes.add(new Quote("q" + i, null, QuoteKind.DIRECT, "said", words, 0, offset, offset + length));
            offset += length;
            content.add(new Text(after));
            offset += after.length();
        }
        List<Section> sections = List.of(Section.body(List.of(new Paragraph(content))));
        Metadata metadata = Metadata.builder().headline("One long paragraph").build();
        long locateWall = Long.MAX_VALUE;
        long locateCpu = Long.MAX_VALUE;
        long buildWall = Long.MAX_VALUE;
        long buildCpu = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            System.gc();
            long w = System.nanoTime();
            long c = cpuNanos();
            int found = SpanLocation.locate(sections).size();
            locateCpu = Math.min(locateCpu, cpuNanos() - c);
            locateWall = Math.min(locateWall, System.nanoTime() - w);
            if (found != n) {
                throw new AssertionError(found + " spans, expected " + n);
            }
            System.gc();
            w = System.nanoTime();
            c = cpuNanos();
            new Article(metadata, sections, List.of(), quotes, null);
            buildCpu = Math.min(buildCpu, cpuNanos() - c);
            buildWall = Math.min(buildWall, System.nanoTime() - w);
        }
        if (print) {
            System.out.printf(Locale.ROOT, "%,7d quotes, %,10d chars: locate wall %,6d ms cpu %,6d ms; "
                            + "new Article wall %,6d ms cpu %,6d ms%n", n, offset, locateWall / 1_000_000,
                    locateCpu / 1_000_000, buildWall / 1_000_000, buildCpu / 1_000_000);
        }
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos();
    }
}

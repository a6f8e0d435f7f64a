package io.tearsheet.bench.extraction;

import io.tearsheet.read.internal.HeadlineFeatures;
import io.tearsheet.read.internal.PageText;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fits the plain-text reader's headline model ({@code core/src/main/resources/io/tearsheet/read/internal/headline-model.txt}):
 * a linear score over {@link HeadlineFeatures} of the units near the top of each page's body, fitted as a
 * conditional logit (the softmax over a page's candidates) so that the unit holding the page's marked headline
 * scores highest. Pages whose headline no candidate holds are counted but not fitted on.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.tearsheet.bench.extraction.HeadlineModelFit /path/to/extraction \
 *     [--sets l3s-gn1,trafilatura-eval] [--out core/src/main/resources/io/tearsheet/read/internal/headline-model.txt]
 * </pre>
 *
 * Four in five pages fit the model and the fifth is only scored ({@link ProseModelFit.Split}); deterministic.
 */
public final class HeadlineModelFit {
    private static final int EPOCHS = 800;
    private static final double LEARNING_RATE = 0.05;
    private static final double L2 = 1e-3;

    private HeadlineModelFit() {
    }

    /** One page's candidates and which of them hold its headline. */
    record Page(List<double[]> candidates, boolean[] gold) {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Set<String> sets = new LinkedHashSet<>(List.of("l3s-gn1", "trafilatura-eval"));
        Path out = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--sets" -> {
                    sets.clear();
                    sets.addAll(List.of(args[++i].split(",")));
                }
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<DevPage> pages = DevSet.load(root, sets, true).stream().filter(p -> p.headline() != null).toList();
        List<Page> fit = new ArrayList<>();
        List<Page> held = new ArrayList<>();
        int unreachable = 0;
        int done = 0;
        for (DevPage page : pages) {
            var document = PageDecoding.parse(Files.readAllBytes(page.html()));
            String gold = page.headline();
            for (TextDumps.Style style : TextDumps.Style.MADE_HERE) {
                List<PageText.Sample> samples = PageText.headlineSamples(TextDumps.dump(document, style));
                List<double[]> candidates = new ArrayList<>();
                boolean[] hits = new boolean[samples.size()];
                boolean any = false;
                for (int k = 0; k < samples.size(); k++) {
                    candidates.add(samples.get(k).features());
                    hits[k] = WordScore.headlineMatches(samples.get(k).text(), gold);
                    any |= hits[k];
                }
                if (!any) {
                    unreachable++;
                    continue;
                }
                (ProseModelFit.Split.isHeldOut(page) ? held : fit).add(new Page(candidates, hits));
            }
            if (++done % 200 == 0) {
                System.err.println(done + " / " + pages.size() + " pages");
            }
        }
        System.err.println(fit.size() + " page dumps to fit, " + held.size() + " held back, " + unreachable
                + " whose headline no candidate holds");
        double[] weights = fit(fit);
        report("fitted on", fit, weights);
        report("held back", held, weights);
        StringBuilder file = new StringBuilder();
        file.append("# The plain-text reader's headline model: one weight per feature of io.tearsheet.read.internal.HeadlineFeatures;\n");
        file.append("# the unit near the body with the highest sum of weight x feature is taken as the headline.\n");
        file.append("# Fitted by the bench module's HeadlineModelFit on four in five of ").append(pages.size())
                .append(" pages with a marked headline\n# of the public extraction sets ").append(String.join(", ", sets))
                .append(", each dumped to text three ways; see README.md in this folder.\n");
        for (int j = 0; j < weights.length; j++) {
            file.append(String.format(Locale.ROOT, "%-20s %.4f%n", HeadlineFeatures.NAMES.get(j), weights[j]));
        }
        if (out != null) {
            Files.writeString(out, file, StandardCharsets.UTF_8);
            System.err.println("wrote " + out);
        } else {
            System.out.print(file);
        }
    }

    /** Conditional logit by full-batch Adam from zero. */
    static double[] fit(List<Page> pages) {
        int d = HeadlineFeatures.NAMES.size();
        double[] w = new double[d];
        double[] m = new double[d];
        double[] v = new double[d];
        for (int epoch = 1; epoch <= EPOCHS; epoch++) {
            double[] gradient = new double[d];
            for (Page page : pages) {
                int n = page.candidates().size();
                double[] scores = new double[n];
                double max = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < n; k++) {
                    scores[k] = dot(w, page.candidates().get(k));
                    max = Math.max(max, scores[k]);
                }
                double all = 0;
                double gold = 0;
                for (int k = 0; k < n; k++) {
                    double e = Math.exp(scores[k] - max);
                    all += e;
                    if (page.gold()[k]) {
                        gold += e;
                    }
                }
                for (int k = 0; k < n; k++) {
                    double e = Math.exp(scores[k] - max);
                    double coefficient = e / all - (page.gold()[k] ? e / gold : 0);
                    double[] x = page.candidates().get(k);
                    for (int j = 0; j < d; j++) {
                        gradient[j] += coefficient * x[j];
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                double g = gradient[j] / pages.size() + L2 * w[j];
                m[j] = 0.9 * m[j] + 0.1 * g;
                v[j] = 0.999 * v[j] + 0.001 * g * g;
                double mHat = m[j] / (1 - Math.pow(0.9, epoch));
                double vHat = v[j] / (1 - Math.pow(0.999, epoch));
                w[j] -= LEARNING_RATE * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
        return w;
    }

    private static void report(String label, List<Page> pages, double[] weights) {
        int right = 0;
        for (Page page : pages) {
            int best = 0;
            for (int k = 1; k < page.candidates().size(); k++) {
                if (dot(weights, page.candidates().get(k)) > dot(weights, page.candidates().get(best))) {
                    best = k;
                }
            }
            right += page.gold()[best] ? 1 : 0;
        }
        System.err.printf(Locale.ROOT, "%s: %d page dumps, headline found on %.1f%%%n", label, pages.size(),
                100.0 * right / pages.size());
    }

    private static double dot(double[] w, double[] x) {
        double z = 0;
        for (int j = 0; j < w.length; j++) {
            z += w[j] * x[j];
        }
        return z;
    }
}

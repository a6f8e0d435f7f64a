package io.tearsheet.bench.extraction;

import io.tearsheet.read.internal.PageText;
import io.tearsheet.read.internal.ProseFeatures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fits the plain-text reader's prose model ({@code core/src/main/resources/io/tearsheet/read/internal/prose-model.txt}):
 * a logistic regression over {@link ProseFeatures} of every unit of the development pages' text dumps, each unit
 * labelled prose when it belongs to the page's human-marked main content ({@link WordScore#belongs}: most of its word
 * trigrams are there), and weighted by its words, since the reader is judged word by word.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.tearsheet.bench.extraction.ProseModelFit /path/to/extraction \
 *     [--sets l3s-gn1,dragnet,cleanportaleval] [--out core/src/main/resources/io/tearsheet/read/internal/prose-model.txt]
 * </pre>
 *
 * Pages are split by {@link Split}: four in five fit the model, the fifth is held back and only scored. The fit is
 * deterministic (full-batch gradient descent from zero), so the same pages give the same file.
 */
public final class ProseModelFit {
    private static final int EPOCHS = 600;
    private static final double LEARNING_RATE = 0.05;
    private static final double L2 = 1e-4;

    private ProseModelFit() {
    }

    record Row(double[] x, double y, double weight) {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Set<String> sets = new LinkedHashSet<>(List.of("l3s-gn1", "dragnet", "cleanportaleval"));
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
        List<DevPage> pages = DevSet.load(root, sets, false);
        List<Row> fit = new ArrayList<>();
        List<Row> held = new ArrayList<>();
        int done = 0;
        for (DevPage page : pages) {
            var document = PageDecoding.parse(Files.readAllBytes(page.html()));
            Set<String> goldShingles = WordScore.shingles(page.gold());
            String goldWords = String.join(" ", WordScore.words(page.gold()));
            for (TextDumps.Style style : TextDumps.Style.MADE_HERE) {
                for (PageText.Sample sample : PageText.samples(TextDumps.dump(document, style))) {
                    int words = WordScore.words(sample.text()).size();
                    if (words == 0) {
                        continue;
                    }
                    double y = WordScore.belongs(sample.text(), goldShingles, goldWords) ? 1 : 0;
                    (Split.isHeldOut(page) ? held : fit).add(new Row(sample.features(), y, words));
                }
            }
            if (++done % 200 == 0) {
                System.err.println(done + " / " + pages.size() + " pages");
            }
        }
        System.err.println(fit.size() + " units to fit, " + held.size() + " held back");
        double[] weights = fit(fit);
        report("fitted on", fit, weights);
        report("held back", held, weights);
        String file = render(weights, sets, pages.size());
        if (out != null) {
            Files.writeString(out, file, StandardCharsets.UTF_8);
            System.err.println("wrote " + out);
        } else {
            System.out.print(file);
        }
    }

    /** Standardised full-batch gradient descent (Adam), weights mapped back to the raw features. */
    static double[] fit(List<Row> rows) {
        int d = ProseFeatures.NAMES.size();
        double[] mean = new double[d];
        double[] scale = new double[d];
        double total = 0;
        for (Row row : rows) {
            total += row.weight();
            for (int j = 1; j < d; j++) {
                mean[j] += row.weight() * row.x()[j];
            }
        }
        for (int j = 1; j < d; j++) {
            mean[j] /= total;
        }
        for (Row row : rows) {
            for (int j = 1; j < d; j++) {
                double delta = row.x()[j] - mean[j];
                scale[j] += row.weight() * delta * delta;
            }
        }
        scale[0] = 1;
        for (int j = 1; j < d; j++) {
            scale[j] = Math.sqrt(scale[j] / total);
            if (scale[j] < 1e-9) {
                scale[j] = 1;
            }
        }
        double[] w = new double[d];
        double[] m = new double[d];
        double[] v = new double[d];
        double[] z = new double[d];
        for (int epoch = 1; epoch <= EPOCHS; epoch++) {
            double[] gradient = new double[d];
            for (Row row : rows) {
                double dot = w[0];
                z[0] = 1;
                for (int j = 1; j < d; j++) {
                    z[j] = (row.x()[j] - mean[j]) / scale[j];
                    dot += w[j] * z[j];
                }
                double error = (1 / (1 + Math.exp(-dot)) - row.y()) * row.weight();
                for (int j = 0; j < d; j++) {
                    gradient[j] += error * z[j];
                }
            }
            for (int j = 0; j < d; j++) {
                double g = gradient[j] / total + (j == 0 ? 0 : L2 * w[j]);
                m[j] = 0.9 * m[j] + 0.1 * g;
                v[j] = 0.999 * v[j] + 0.001 * g * g;
                double mHat = m[j] / (1 - Math.pow(0.9, epoch));
                double vHat = v[j] / (1 - Math.pow(0.999, epoch));
                w[j] -= LEARNING_RATE * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
        double[] raw = new double[d];
        raw[0] = w[0];
        for (int j = 1; j < d; j++) {
            raw[j] = w[j] / scale[j];
            raw[0] -= w[j] * mean[j] / scale[j];
        }
        return raw;
    }

    private static void report(String label, List<Row> rows, double[] weights) {
        double right = 0;
        double total = 0;
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Row row : rows) {
            double dot = 0;
            for (int j = 0; j < weights.length; j++) {
                dot += weights[j] * row.x()[j];
            }
            boolean prose = dot >= 0;
            boolean gold = row.y() == 1;
            total += row.weight();
            if (prose == gold) {
                right += row.weight();
            }
            if (prose && gold) {
                tp += row.weight();
            } else if (prose) {
                fp += row.weight();
            } else if (gold) {
                fn += row.weight();
            }
        }
        System.err.printf(Locale.ROOT, "%s: %d units, word-weighted accuracy %.3f, prose P %.3f R %.3f%n", label,
                rows.size(), right / total, tp / (tp + fp), tp / (tp + fn));
    }

    private static String render(double[] weights, Set<String> sets, int pages) {
        StringBuilder out = new StringBuilder();
        out.append("# The plain-text reader's prose model: one weight per feature of io.tearsheet.read.internal.ProseFeatures;\n");
        out.append("# the probability that a unit of a page's text is the article's prose is 1 / (1 + exp(-sum of weight x feature)).\n");
        out.append("# Fitted by the bench module's ProseModelFit on four in five of ").append(pages)
                .append(" pages of the public extraction sets\n# ").append(String.join(", ", sets))
                .append(", each dumped to text three ways (DOM, lynx-like, WET-like); see README.md in this folder.\n");
        for (int j = 0; j < weights.length; j++) {
            out.append(String.format(Locale.ROOT, "%-20s %.4f%n", ProseFeatures.NAMES.get(j), weights[j]));
        }
        return out.toString();
    }

    /** Which pages fit the model and which are held back: every fifth, by a hash of the page's name. */
    static final class Split {
        private Split() {
        }

        static boolean isHeldOut(DevPage page) {
            return Math.floorMod(page.name().hashCode(), 5) == 0;
        }
    }
}

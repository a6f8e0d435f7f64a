package io.tearsheet.bench.attribution;

import io.tearsheet.model.Article;
import io.tearsheet.model.Quote;
import io.tearsheet.model.QuoteKind;
import io.tearsheet.model.Source;
import io.tearsheet.read.PlainTextReader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores quote attribution on a development corpus of news with speaker annotations (the uniform layout of
 * {@link GoldSet}, for example PolNeAR): each article is read with {@link PlainTextReader}, our quotations are
 * located in the source text ({@link TextAlignment}) and matched to gold quotations by overlapping spans, and
 * speakers are compared by the rules of {@link SpeakerMatch}.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.tearsheet.bench.attribution.AttributionEval /work/data/quotes/polnear \
 *     [--split dev|train|train,dev] [--referents FILE] [--limit N] [--list]
 * </pre>
 *
 * <p>The headline figures count only gold quotations in quotation marks ({@code direct} and {@code partial}); a
 * gold quotation split in fragments ("A," he said, "B.") counts once per fragment.
 * <ul>
 *   <li><b>quote recall</b>: gold quotations overlapped by one of ours (of any kind but indirect; a quotation we
 *       took for a scare quote counts as found, and as unattributed);</li>
 *   <li><b>attribution precision</b>: of our quotations with a speaker that overlap a gold quotation whose speaker
 *       can be judged, those whose speaker matches (the gold quotation overlapping most decides);</li>
 *   <li><b>speaker accuracy</b>: of the gold quotations found whose speaker can be judged, those given the right
 *       speaker; an unattributed one counts as wrong. This is the measure the Gender Gap Tracker reports (87%);
 *       </li>
 *   <li><b>end to end</b>: gold quotations with a judged speaker that we found and attributed rightly, over all
 *       of them.</li>
 * </ul>
 * A speaker can be judged when the gold names one: a name or description, or a pronoun (a relative "who"
 * included) whose referent a referents file gives ({@link Referents}). Gold pronouns without a referent, and gold
 * quotations without a source, are counted apart; so are the few whose gold speaker is a cue verb ("said"), a
 * slip of the annotation. Our quotations that overlap no gold quotation are counted apart too: the corpora
 * annotate attributions, and a quotation outside them is mostly a title or a scare quote the annotators left out.
 * Reported speech without quotation marks (gold {@code indirect}) is scored separately against our
 * {@code INDIRECT} quotes, which Tearsheet gives only groups, organisations, publications and documents.
 *
 * <p>The test split is refused: its authors ask that it not be looked at.
 */
public final class AttributionEval {
    private AttributionEval() {
    }

    /** What one gold quotation became. */
    enum Outcome { RIGHT, WRONG, UNATTRIBUTED, MISSED }

    /** The totals. */
    static final class Tally {
        int articles;
        int gold;
        int direct;
        int partial;
        int found;
        int judged;
        int judgedFound;
        int right;
        int wrong;
        int unattributed;
        int pronounUnjudged;
        int pronounJudged;
        int pronounRight;
        int noSource;
        int predictedAttributedJudged;
        int predictedAttributedRight;
        int predictedAttributedOutside;
        int predictedAttributedNoSource;
        int indirectGold;
        int indirectFound;
        int indirectRight;
        int indirectPredicted;
        int indirectPredictedMatched;
        long nanos;
        final Map<String, int[]> bySpeakerForm = new java.util.LinkedHashMap<>();
        /** Per gold kind (direct, partial): judged and found, right. */
        final Map<String, int[]> byKind = new java.util.TreeMap<>();
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: AttributionEval FOLDER [--split dev|train|train,dev] [--referents FILE]"
                    + " [--limit N] [--list]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        List<String> splits = List.of("dev");
        Referents referents = Referents.NONE;
        int limit = Integer.MAX_VALUE;
        boolean list = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--split" -> splits = List.of(args[++i].split(","));
                case "--referents" -> referents = Referents.read(Path.of(args[++i]));
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--list" -> list = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (splits.contains("test")) {
            System.err.println("the test split is not to be looked at; use train or dev");
            System.exit(2);
        }
        List<GoldSet.GoldArticle> articles = GoldSet.load(folder, splits, limit);
        PlainTextReader reader = PlainTextReader.create();
        Tally tally = new Tally();
        for (GoldSet.GoldArticle article : articles) {
            score(reader, article, referents, tally, list ? System.out : null);
        }
        report(folder.getFileName() + " " + String.join("+", splits), tally, referents, System.out);
    }

    /** One of our quotations, located in the source text. */
    private record Located(Quote quote, Source source, int start, int end) {
        int overlap(GoldSet.GoldQuote g) {
            return Math.max(0, Math.min(end, g.end()) - Math.max(start, g.start()));
        }
    }

    static void score(PlainTextReader reader, GoldSet.GoldArticle gold, Referents referents, Tally tally,
                      PrintStream list) {
        long t0 = System.nanoTime();
        Article article = reader.read(gold.text());
        tally.nanos += System.nanoTime() - t0;
        tally.articles++;
        TextAlignment alignment = new TextAlignment(article, gold.text());
        Map<String, Source> sources = new HashMap<>();
        for (Source s : article.sources()) {
            sources.put(s.id(), s);
        }
        List<Located> quoted = new ArrayList<>();
        List<Located> indirect = new ArrayList<>();
        for (Quote q : article.quotes()) {
            int[] range = alignment.sourceRange(q.paragraph(), q.start(), q.end());
            if (range == null) {
                continue;
            }
            Located l = new Located(q, q.sourceId() == null ? null : sources.get(q.sourceId()), range[0], range[1]);
            (q.kind() == QuoteKind.INDIRECT ? indirect : quoted).add(l);
        }
        // gold quotations in quotation marks
        for (GoldSet.GoldQuote g : gold.quotes()) {
            if (!g.quoted()) {
                continue;
            }
            tally.gold++;
            if (g.kind().equals("direct")) {
                tally.direct++;
            } else {
                tally.partial++;
            }
            Located best = bestOverlap(quoted, g, true);
            Located any = best != null ? best : bestOverlap(quoted, g, false);
            if (any != null) {
                tally.found++;
            }
            String speaker = judgedSpeaker(gold.id(), g, referents);
            int[] byKind = tally.byKind.computeIfAbsent(g.kind(), k -> new int[3]);
            String form = g.speaker() == null || SpeakerMatch.isSlip(g.speaker()) ? "no source" : SpeakerMatch.isPronoun(g.speaker())
                    ? speaker == null ? "pronoun, no referent" : "pronoun, referent given" : nameOrDescription(g.speaker());
            int[] byForm = tally.bySpeakerForm.computeIfAbsent(form, k -> new int[3]);
            byForm[0]++;
            if (g.speaker() == null || SpeakerMatch.isSlip(g.speaker())) {
                tally.noSource++;
                continue;
            }
            if (speaker == null) {
                tally.pronounUnjudged++;
                continue;
            }
            tally.judged++;
            boolean pronoun = SpeakerMatch.isPronoun(g.speaker());
            if (pronoun) {
                tally.pronounJudged++;
            }
            Outcome outcome;
            if (any == null) {
                outcome = Outcome.MISSED;
            } else {
                tally.judgedFound++;
                byForm[1]++;
                byKind[1]++;
                if (best == null) {
                    outcome = Outcome.UNATTRIBUTED;
                    tally.unattributed++;
                } else if (SpeakerMatch.matches(speaker, best.source())) {
                    outcome = Outcome.RIGHT;
                    tally.right++;
                    byForm[2]++;
                    byKind[2]++;
                    if (pronoun) {
                        tally.pronounRight++;
                    }
                } else {
                    outcome = Outcome.WRONG;
                    tally.wrong++;
                }
            }
            if (list != null && outcome != Outcome.RIGHT) {
                list.printf(Locale.ROOT, "%-12s %s @%d [%s] gold: %s%s | ours: %s%n", outcome, gold.id(), g.pointStart(),
                        g.kind(), g.speaker(), pronoun ? " (= " + speaker + ")" : "",
                        best == null ? "—" : best.source().name() + " " + best.source().aliases() + " ("
                                + best.quote().cue() + ")");
            }
        }
        // our attributed quotations, for precision
        for (Located l : quoted) {
            if (l.source() == null) {
                continue;
            }
            GoldSet.GoldQuote g = bestGold(gold.quotes(), l, true);
            if (g == null) {
                tally.predictedAttributedOutside++;
                if (list != null) {
                    list.printf(Locale.ROOT, "OUTSIDE      %s @%d ours: %s (%s)%n", gold.id(), l.start(), l.source().name(),
                            l.quote().cue());
                }
                continue;
            }
            if (g.speaker() == null || SpeakerMatch.isSlip(g.speaker())) {
                tally.predictedAttributedNoSource++;
                continue;
            }
            String speaker = judgedSpeaker(gold.id(), g, referents);
            if (speaker == null) {
                continue;
            }
            tally.predictedAttributedJudged++;
            if (SpeakerMatch.matches(speaker, l.source())) {
                tally.predictedAttributedRight++;
            }
        }
        // reported speech without quotation marks
        for (GoldSet.GoldQuote g : gold.quotes()) {
            if (g.quoted()) {
                continue;
            }
            tally.indirectGold++;
            Located best = bestOverlap(indirect, g, true);
            if (best != null) {
                tally.indirectFound++;
                String speaker = judgedSpeaker(gold.id(), g, referents);
                if (speaker != null && SpeakerMatch.matches(speaker, best.source())) {
                    tally.indirectRight++;
                }
            }
        }
        for (Located l : indirect) {
            tally.indirectPredicted++;
            GoldSet.GoldQuote g = bestGold(gold.quotes(), l, false);
            if (g != null && !g.quoted()) {
                tally.indirectPredictedMatched++;
            }
        }
    }

    private static String nameOrDescription(String speaker) {
        List<String> head = SpeakerMatch.headPhrase(List.of(speaker.strip().split("\\s+")));
        return !head.isEmpty() && Character.isUpperCase(head.get(head.size() - 1).charAt(0)) ? "name" : "description";
    }

    /** The gold speaker to judge against: the mention, or a pronoun's referent; null when it cannot be judged. */
    private static String judgedSpeaker(String article, GoldSet.GoldQuote g, Referents referents) {
        if (g.speaker() == null || SpeakerMatch.isSlip(g.speaker())) {
            return null;
        }
        if (SpeakerMatch.isPronoun(g.speaker())) {
            return referents.of(article, g.pointStart());
        }
        return g.speaker();
    }

    /** Our quotation overlapping the gold one most; only attributed ones when {@code attributed}. */
    private static Located bestOverlap(List<Located> ours, GoldSet.GoldQuote g, boolean attributed) {
        Located best = null;
        int most = 0;
        for (Located l : ours) {
            int overlap = l.overlap(g);
            if (overlap > most && (!attributed || l.source() != null)) {
                best = l;
                most = overlap;
            }
        }
        return best;
    }

    /** The gold quotation overlapping ours most; only those in quotation marks when {@code quoted}. */
    private static GoldSet.GoldQuote bestGold(List<GoldSet.GoldQuote> golds, Located l, boolean quoted) {
        GoldSet.GoldQuote best = null;
        int most = 0;
        for (GoldSet.GoldQuote g : golds) {
            int overlap = l.overlap(g);
            if (overlap > most && (!quoted || g.quoted())) {
                best = g;
                most = overlap;
            }
        }
        return best;
    }

    static void report(String name, Tally t, Referents referents, PrintStream out) {
        out.printf(Locale.ROOT, "%s: %d articles, %d gold quotations in quotation marks (%d direct, %d partial)%n", name,
                t.articles, t.gold, t.direct, t.partial);
        out.printf(Locale.ROOT, "  speakers judged: %d (%d pronouns by their referent); %d pronouns without a referent"
                + " and %d without a source left out%s%n", t.judged, t.pronounJudged, t.pronounUnjudged, t.noSource,
                referents.size() == 0 ? "" : " (referents file: " + referents.size() + " entries)");
        out.printf(Locale.ROOT, "  quote recall           %.3f (%d/%d)%n", ratio(t.found, t.gold), t.found, t.gold);
        out.printf(Locale.ROOT, "  attribution precision  %.3f (%d/%d)%n", ratio(t.predictedAttributedRight,
                t.predictedAttributedJudged), t.predictedAttributedRight, t.predictedAttributedJudged);
        out.printf(Locale.ROOT, "  speaker accuracy       %.3f (%d/%d; %d wrong, %d unattributed)%n",
                ratio(t.right, t.judgedFound), t.right, t.judgedFound, t.wrong, t.unattributed);
        out.printf(Locale.ROOT, "  end to end             %.3f (%d/%d)%n", ratio(t.right, t.judged), t.right, t.judged);
        for (Map.Entry<String, int[]> e : t.byKind.entrySet()) {
            int[] v = e.getValue();
            out.printf(Locale.ROOT, "    %-8s speaker accuracy %.3f (%d/%d)%n", e.getKey(), ratio(v[2], v[1]), v[2], v[1]);
        }
        for (Map.Entry<String, int[]> e : t.bySpeakerForm.entrySet()) {
            int[] v = e.getValue();
            out.printf(Locale.ROOT, "    gold speaker %-22s %4d quotations, %4d found, %4d right (%.3f of found)%n",
                    e.getKey() + ":", v[0], v[1], v[2], ratio(v[2], v[1]));
        }
        out.printf(Locale.ROOT, "  our attributed quotations outside any gold quotation: %d; on gold quotations without"
                + " a source: %d%n", t.predictedAttributedOutside, t.predictedAttributedNoSource);
        out.printf(Locale.ROOT, "  indirect (no quotation marks): %d gold, %d overlapped by our INDIRECT quotes (%d with"
                + " the right speaker); %d of our %d INDIRECT quotes overlap a gold one%n", t.indirectGold,
                t.indirectFound, t.indirectRight, t.indirectPredictedMatched, t.indirectPredicted);
        out.printf(Locale.ROOT, "  reading: %.2f ms per article%n", t.articles == 0 ? 0 : t.nanos / 1e6 / t.articles);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}

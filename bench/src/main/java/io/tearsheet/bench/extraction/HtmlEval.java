package io.tearsheet.bench.extraction;

import io.tearsheet.html.HtmlReader;
import io.tearsheet.model.Article;
import io.tearsheet.model.Byline;
import io.tearsheet.read.ReadException;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Scores the HTML reader, and Readability.js beside it in the same run, on real pages with human-marked main
 * content ({@link DevSet}: one folder per set, the pages outside the repository).
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.tearsheet.bench.extraction.HtmlEval /path/to/extraction \
 *     [--sets l3s-gn1,dragnet] [--limit N] [--shingle 3] [--peer run|reuse|none] [--warm-passes 1]
 *     [--threads N] [--pages] [--worst N] [--diff-to DIR] [--peer-dir DIR] [--work-dir DIR]
 * </pre>
 *
 * <p>What it measures, per page and in total (micro: counts summed over pages; and the mean of the pages' F1):
 * <ul>
 *   <li><b>Body text</b> against the gold text: precision, recall and F1 of word shingles ({@link ShingleScore}:
 *       runs of {@code --shingle} consecutive words, 3 by default) and of single words. The extracted text is the
 *       article's paragraphs, headings, list items and block quotes, figure captions left out (the gold marks them
 *       apart or not at all); for the sets whose gold was copied from the whole page with its title, byline and
 *       date lines (dragnet, CleanEval, CleanPortalEval), the headline, deck, bylines and dateline come first, and
 *       Readability's title and byline likewise.</li>
 *   <li><b>Snippets</b> (trafilatura's evaluation pages, which mark only snippets): a snippet the text must hold and
 *       does is a true positive, one it must hold and lacks a false negative, one it must not hold and does a false
 *       positive. The text is the body with our deck before it (the standfirst, which the set's annotators count
 *       as main text and Readability keeps in its content when it stands in the article's container).</li>
 *   <li><b>Metadata</b> where the set marks it: the headline exactly (quote and dash styles and spacing folded), the
 *       authors as a set of names (case and spacing folded, names joined by "and" or its translation parted), the
 *       publication date (the day).</li>
 *   <li><b>Speed</b>: pages per second on one thread over all pages, cold (the first pass in a fresh process) and
 *       warm (a later pass); for us also the bytes allocated per page (the thread's allocation counter, in the warm
 *       pass). Readability's passes run in its own node process after ours.</li>
 * </ul>
 * Pages are split into a tuning part and a held-back part ({@link DevSet#loadAll}); the totals are printed for all
 * pages, for the news sets, for the general-web sets, and for each part.
 */
public final class HtmlEval {
    private static final Set<String> NEWS_SETS = Set.of("l3s-gn1", "dragnet", "cleanportaleval");
    private static final Set<String> WEB_SETS = Set.of("cleaneval-final", "cleaneval-dev");
    /** A block with fewer of its words in the gold than this leaked; a gold line with fewer found was lost. */
    private static final double KEPT_OVERLAP = 0.5;
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|;|\\||&|\\band\\b|\\bund\\b)\\s*");

    private HtmlEval() {
    }

    /**
     * What one extractor found on one page.
     *
     * @param lead article prose printed above the body, apart from it (our deck, the standfirst under the headline;
     *             trafilatura's annotators count it as main text, so the snippets are looked for in it too)
     */
    record Output(List<String> lead, List<String> blocks, List<String> header, String headline, List<String> authors,
                  String date, boolean failed) {
        static final Output NONE = new Output(List.of(), List.of(), List.of(), null, List.of(), null, true);

        /** The lead and the body: all the prose a reader of the extraction sees. */
        List<String> prose() {
            return ArticleText.prose(lead, blocks);
        }
    }

    /** How one extractor did on one page; null fields where the page marks nothing to compare. */
    record Score(WordScore.Counts shingles, WordScore.Counts words, Boolean headline, Boolean authors, Boolean date,
                 SnippetCheck snippets, boolean failed) {
    }

    /** One extractor's run: its outputs and scores in page order, and its timings. */
    record SystemRun(String name, List<Output> outputs, List<Score> scores, double coldSeconds, double warmSeconds,
                     double allocatedPerPage) {
    }

    private static final class Options {
        Path root;
        Set<String> sets = new LinkedHashSet<>();
        int limit = Integer.MAX_VALUE;
        int shingle = ShingleScore.DEFAULT_SIZE;
        String peer = "run";
        int warmPasses = 1;
        int threads = 1;
        boolean perPage;
        int worst;
        Path diffTo;
        Path peerDir;
        Path workDir;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: HtmlEval FOLDER [--sets a,b] [--limit N] [--shingle 3] [--peer run|reuse|none]"
                    + " [--warm-passes N] [--threads N] [--pages] [--worst N] [--diff-to DIR] [--peer-dir DIR]"
                    + " [--work-dir DIR]");
            System.exit(2);
        }
        Options o = new Options();
        o.root = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--sets" -> o.sets.addAll(List.of(args[++i].split(",")));
                case "--limit" -> o.limit = Integer.parseInt(args[++i]);
                case "--shingle" -> o.shingle = Integer.parseInt(args[++i]);
                case "--peer" -> o.peer = args[++i];
                case "--warm-passes" -> o.warmPasses = Integer.parseInt(args[++i]);
                case "--threads" -> o.threads = Integer.parseInt(args[++i]);
                case "--pages" -> o.perPage = true;
                case "--worst" -> o.worst = Integer.parseInt(args[++i]);
                case "--diff-to" -> o.diffTo = Path.of(args[++i]);
                case "--peer-dir" -> o.peerDir = Path.of(args[++i]);
                case "--work-dir" -> o.workDir = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<DevPage> pages = DevSet.loadAll(o.root, o.sets);
        if (pages.size() > o.limit) {
            pages = pages.subList(0, o.limit);
        }
        List<byte[]> bytes = new ArrayList<>();
        for (DevPage page : pages) {
            bytes.add(Files.readAllBytes(page.html()));
        }
        System.err.println(pages.size() + " pages");
        List<SystemRun> runs = new ArrayList<>();
        runs.add(runOurs(pages, bytes, o));
        String peerVersions = null;
        if (!o.peer.equals("none")) {
            ReadabilityPeer peer = ReadabilityPeer.locate(o.peerDir, o.workDir);
            peer.install();
            ReadabilityPeer.Run run = peer.run(pages.stream().map(DevPage::html).toList(), o.warmPasses,
                    o.peer.equals("reuse"));
            peerVersions = run.versions();
            runs.add(scoreReadability(pages, run, o.shingle));
        }
        PrintStream out = System.out;
        if (o.perPage) {
            printPages(pages, runs, out);
        }
        if (o.worst > 0) {
            printWorst(pages, runs, o.worst, out);
        }
        if (o.diffTo != null) {
            writeDiffs(pages, runs, o.diffTo);
        }
        printTables(pages, runs, o, peerVersions, out);
    }

    // ---- running -------------------------------------------------------------------------------------------------

    private static SystemRun runOurs(List<DevPage> pages, List<byte[]> bytes, Options o) {
        HtmlReader reader = HtmlReader.create();
        Output[] outputs = new Output[pages.size()];
        double cold = Double.NaN;
        double warm = Double.NaN;
        double allocated = Double.NaN;
        if (o.threads > 1) {
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(o.threads);
            pool.submit(() -> IntStream.range(0, pages.size()).parallel()
                    .forEach(i -> outputs[i] = readOurs(reader, bytes.get(i)))).join();
            pool.shutdown();
        } else {
            long nanos = 0;
            for (int i = 0; i < pages.size(); i++) {
                long start = System.nanoTime();
                outputs[i] = readOurs(reader, bytes.get(i));
                nanos += System.nanoTime() - start;
                progress("ours (cold)", i, pages.size());
            }
            cold = nanos / 1e9;
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long thread = Thread.currentThread().getId();
            for (int pass = 0; pass < o.warmPasses; pass++) {
                nanos = 0;
                long bytesAllocated = 0;
                for (int i = 0; i < pages.size(); i++) {
                    long before = threads.getThreadAllocatedBytes(thread);
                    long start = System.nanoTime();
                    readOurs(reader, bytes.get(i));
                    nanos += System.nanoTime() - start;
                    bytesAllocated += threads.getThreadAllocatedBytes(thread) - before;
                }
                warm = nanos / 1e9;
                allocated = (double) bytesAllocated / pages.size();
            }
        }
        List<Output> list = Arrays.asList(outputs);
        return new SystemRun("Tearsheet HtmlReader", list, score(pages, list, o.shingle), cold, warm, allocated);
    }

    private static Output readOurs(HtmlReader reader, byte[] page) {
        Article article;
        try {
            article = reader.read(page);
        } catch (ReadException e) {
            return Output.NONE;
        }
        List<String> authors = new ArrayList<>();
        for (Byline byline : article.metadata().bylines()) {
            authors.add(byline.name());
        }
        var published = article.metadata().published();
        return new Output(ArticleText.lead(article), ArticleText.bodyBlocks(article), ArticleText.headerLines(article),
                article.metadata().headline(), authors, published == null ? null : published.date().toString(),
                false);
    }

    private static SystemRun scoreReadability(List<DevPage> pages, ReadabilityPeer.Run run, int shingle) {
        List<Output> outputs = new ArrayList<>();
        for (ReadabilityPeer.Page page : run.pages()) {
            if (!page.ok()) {
                outputs.add(Output.NONE);
                continue;
            }
            List<String> header = new ArrayList<>();
            if (page.title() != null) {
                header.add(page.title());
            }
            List<String> authors = new ArrayList<>();
            if (page.byline() != null) {
                header.add(page.byline());
                String names = page.byline().strip().replaceFirst("(?i)^(?:by|von|par|door)\\s+", "");
                for (String name : NAME_SPLIT.split(names)) {
                    if (!name.isBlank()) {
                        authors.add(name.strip());
                    }
                }
            }
            String date = null;
            if (page.published() != null) {
                Matcher m = ISO_DAY.matcher(page.published());
                date = m.find() ? m.group(1) : null;
            }
            outputs.add(new Output(List.of(), page.blocks(), header, page.title(), authors, date, false));
        }
        return new SystemRun("Readability.js", outputs, score(pages, outputs, shingle), run.coldSeconds(),
                run.warmSeconds(), Double.NaN);
    }

    private static void progress(String what, int i, int of) {
        if ((i + 1) % 500 == 0) {
            System.err.println(what + ": " + (i + 1) + " / " + of + " pages");
        }
    }

    // ---- scoring -------------------------------------------------------------------------------------------------

    private static List<Score> score(List<DevPage> pages, List<Output> outputs, int shingle) {
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            scores.add(score(pages.get(i), outputs.get(i), shingle));
        }
        return scores;
    }

    static Score score(DevPage page, Output output, int shingle) {
        WordScore.Counts shingles = null;
        WordScore.Counts words = null;
        if (page.gold() != null) {
            List<String> ours = WordScore.words(scoredText(page, output));
            List<String> gold = WordScore.words(page.gold());
            shingles = ShingleScore.compare(ours, gold, shingle);
            words = ShingleScore.compare(ours, gold, 1);
        }
        Boolean headline = page.headline() == null ? null
                : output.headline() != null && WordScore.headlineMatches(output.headline(), page.headline());
        Boolean authors = AuthorNames.match(page.authors(), output.authors());
        Boolean date = page.date() == null ? null : page.date().equals(output.date());
        return new Score(shingles, words, headline, authors, date, SnippetCheck.of(page, output.prose()),
                output.failed());
    }

    private static String scoredText(DevPage page, Output output) {
        List<String> lines = new ArrayList<>();
        if (page.goldHasHeader()) {
            lines.addAll(output.header());
        }
        lines.addAll(output.blocks());
        return String.join("\n", lines);
    }

    // ---- reporting -----------------------------------------------------------------------------------------------

    private static void printTables(List<DevPage> pages, List<SystemRun> runs, Options o, String peerVersions,
                                    PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "Pages: %d (%d with gold text, %d with snippets only); shingles of %d words%n",
                pages.size(), pages.stream().filter(p -> p.gold() != null).count(),
                pages.stream().filter(DevPage::snippetsOnly).count(), o.shingle);
        if (peerVersions != null) {
            out.println("Peer: " + peerVersions);
        }
        out.println();
        out.println("| pages | system | n | P | R | F1 | word P | word R | word F1 | mean page F1 | no output |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        Map<String, Predicate<DevPage>> groups = new java.util.LinkedHashMap<>();
        groups.put("all with gold text", p -> true);
        groups.put("news (l3s-gn1, dragnet, cleanportaleval)", p -> NEWS_SETS.contains(p.set()));
        groups.put("news, held back", p -> NEWS_SETS.contains(p.set()) && p.heldOut());
        groups.put("general web (cleaneval)", p -> WEB_SETS.contains(p.set()));
        groups.put("tuning part", p -> !p.heldOut());
        groups.put("held-back part", DevPage::heldOut);
        for (String set : new TreeSet<>(pages.stream().map(DevPage::set).toList())) {
            groups.put(set, p -> p.set().equals(set));
        }
        for (Map.Entry<String, Predicate<DevPage>> group : groups.entrySet()) {
            for (SystemRun run : runs) {
                printBodyRow(group.getKey(), pages, run, group.getValue(), out);
            }
        }
        out.println();
        out.println("| system | headline exact (l3s-gn1) | headline exact (trafilatura-eval) | authors exact | date exact"
                + " | snippets P | snippets R | snippets F1 |");
        out.println("|---|---|---|---|---|---|---|---|");
        for (SystemRun run : runs) {
            int[] l3s = tally(pages, run, p -> p.set().equals("l3s-gn1"), Score::headline);
            int[] traf = tally(pages, run, p -> p.set().equals("trafilatura-eval"), Score::headline);
            int[] authors = tally(pages, run, p -> true, Score::authors);
            int[] dates = tally(pages, run, p -> true, Score::date);
            double[] snippets = SnippetCheck.totals(run.scores().stream().map(Score::snippets).toList());
            out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %.3f | %.3f | %.3f |%n", run.name(), ratio(l3s),
                    ratio(traf), ratio(authors), ratio(dates), snippets[0], snippets[1], snippets[2]);
        }
        out.println();
        double kb = 0;
        for (DevPage page : pages) {
            try {
                kb += Files.size(page.html()) / 1024.0;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        out.printf(Locale.ROOT, "Speed over all %d pages (%.0f KB a page on average), one thread:%n%n", pages.size(),
                kb / pages.size());
        out.println("| system | pages/s cold | pages/s warm | allocated per page (warm) |");
        out.println("|---|---|---|---|");
        for (SystemRun run : runs) {
            out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", run.name(), rate(pages.size(), run.coldSeconds()),
                    rate(pages.size(), run.warmSeconds()), Double.isNaN(run.allocatedPerPage()) ? "–"
                            : String.format(Locale.ROOT, "%.1f MB (%.0f bytes per input byte)",
                            run.allocatedPerPage() / 1e6, run.allocatedPerPage() / (kb * 1024 / pages.size())));
        }
    }

    private static String rate(int pages, double seconds) {
        return Double.isNaN(seconds) ? "–" : String.format(Locale.ROOT, "%.1f", pages / seconds);
    }

    private static String ratio(int[] tally) {
        return tally[1] == 0 ? "–" : String.format(Locale.ROOT, "%d/%d (%.1f%%)", tally[0], tally[1],
                100.0 * tally[0] / tally[1]);
    }

    private static int[] tally(List<DevPage> pages, SystemRun run, Predicate<DevPage> which,
                               java.util.function.Function<Score, Boolean> field) {
        int right = 0;
        int all = 0;
        for (int i = 0; i < pages.size(); i++) {
            Boolean ok = field.apply(run.scores().get(i));
            if (ok != null && which.test(pages.get(i))) {
                all++;
                right += ok ? 1 : 0;
            }
        }
        return new int[] {right, all};
    }

    private static void printBodyRow(String group, List<DevPage> pages, SystemRun run, Predicate<DevPage> which,
                                     PrintStream out) {
        WordScore.Counts shingles = WordScore.Counts.ZERO;
        WordScore.Counts words = WordScore.Counts.ZERO;
        double f1 = 0;
        int n = 0;
        int failed = 0;
        for (int i = 0; i < pages.size(); i++) {
            Score s = run.scores().get(i);
            if (s.shingles() == null || !which.test(pages.get(i))) {
                continue;
            }
            n++;
            shingles = shingles.plus(s.shingles());
            words = words.plus(s.words());
            f1 += s.shingles().f1();
            failed += s.failed() || s.shingles().extracted() == 0 ? 1 : 0;
        }
        if (n == 0) {
            return;
        }
        out.printf(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f | **%.3f** | %.3f | %.3f | %.3f | %.3f | %d |%n", group,
                run.name(), n, shingles.precision(), shingles.recall(), shingles.f1(), words.precision(),
                words.recall(), words.f1(), f1 / n, failed);
    }

    private static void printPages(List<DevPage> pages, List<SystemRun> runs, PrintStream out) {
        out.print("page\theld-out");
        for (SystemRun run : runs) {
            out.print("\t" + run.name() + " P\tR\tF1");
        }
        out.println();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).gold() == null) {
                continue;
            }
            out.print(pages.get(i).name() + "\t" + (pages.get(i).heldOut() ? "yes" : "no"));
            for (SystemRun run : runs) {
                WordScore.Counts c = run.scores().get(i).shingles();
                out.printf(Locale.ROOT, "\t%.3f\t%.3f\t%.3f", c.precision(), c.recall(), c.f1());
            }
            out.println();
        }
    }

    /** The pages where we lose most F1 (in shingles), with the peer's F1 beside, worst first. */
    private static void printWorst(List<DevPage> pages, List<SystemRun> runs, int count, PrintStream out) {
        SystemRun ours = runs.get(0);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).gold() != null) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble(i -> lost(ours.scores().get(i))));
        out.println("worst pages: lost shingles (gold - shared + extracted - shared), P, R, F1" + (runs.size() > 1
                ? ", peer F1" : ""));
        for (int k = order.size() - 1; k >= Math.max(0, order.size() - count); k--) {
            int i = order.get(k);
            WordScore.Counts c = ours.scores().get(i).shingles();
            out.printf(Locale.ROOT, "  %-40s %6.0f  P %.3f R %.3f F1 %.3f%s%s%n", pages.get(i).name(),
                    lost(ours.scores().get(i)), c.precision(), c.recall(), c.f1(), runs.size() > 1
                            ? String.format(Locale.ROOT, "  peer %.3f", runs.get(1).scores().get(i).shingles().f1())
                            : "", pages.get(i).heldOut() ? "  (held back)" : "");
        }
    }

    private static double lost(Score score) {
        WordScore.Counts c = score.shingles();
        return c.gold() - c.shared() + c.extracted() - c.shared();
    }

    /** Per page: each system's blocks, marked where they leaked, and the gold lines they lost. */
    private static void writeDiffs(List<DevPage> pages, List<SystemRun> runs, Path dir) throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            DevPage page = pages.get(i);
            StringBuilder text = new StringBuilder();
            text.append(page.name()).append(page.heldOut() ? " (held back)" : "").append('\n');
            text.append("GOLD HEADLINE ").append(page.headline()).append('\n');
            if (!page.authors().isEmpty() || page.date() != null) {
                text.append("GOLD AUTHORS ").append(page.authors()).append("  DATE ").append(page.date()).append('\n');
            }
            Map<String, Integer> goldBag = page.gold() == null ? Map.of() : WordScore.bag(WordScore.words(page.gold()));
            for (SystemRun run : runs) {
                Output output = run.outputs().get(i);
                Score score = run.scores().get(i);
                text.append("\n==== ").append(run.name());
                if (score.shingles() != null) {
                    text.append(String.format(Locale.ROOT, "  P %.3f R %.3f F1 %.3f", score.shingles().precision(),
                            score.shingles().recall(), score.shingles().f1()));
                }
                text.append("\nHEADLINE ").append(output.headline()).append("\nAUTHORS ").append(output.authors())
                        .append("  DATE ").append(output.date()).append('\n');
                for (String block : output.blocks()) {
                    boolean leaked = page.gold() != null && WordScore.overlap(block, goldBag) < KEPT_OVERLAP;
                    text.append(leaked ? "-- " : "   ").append(block).append('\n');
                }
                if (page.gold() != null) {
                    Map<String, Integer> ours = WordScore.bag(WordScore.words(scoredText(page, output)));
                    text.append("---- gold lines lost:\n");
                    for (String line : page.gold().split("\n")) {
                        if (!line.isBlank() && WordScore.overlap(line, ours) < KEPT_OVERLAP) {
                            text.append("LOST ").append(line).append('\n');
                        }
                    }
                } else {
                    SnippetCheck check = SnippetCheck.of(page, output.prose());
                    check.missed().forEach(snippet -> text.append("MISSED ").append(snippet).append('\n'));
                    check.leaked().forEach(snippet -> text.append("LEAKED ").append(snippet).append('\n'));
                }
            }
            Path file = dir.resolve(page.set()).resolve(page.id() + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }
}

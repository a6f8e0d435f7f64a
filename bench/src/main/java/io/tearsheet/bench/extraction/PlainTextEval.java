package io.tearsheet.bench.extraction;

import io.tearsheet.model.Article;
import io.tearsheet.model.Byline;
import io.tearsheet.read.PlainTextReader;
import io.tearsheet.read.ReadException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scores the plain-text reader on real pages dumped to text: every page of a development-set folder
 * ({@link DevSet}) is turned into text three ways ({@link TextDumps}), read, and its body compared word by word
 * with the human-marked main content.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.tearsheet.bench.extraction.PlainTextEval /path/to/extraction \
 *     [--sets l3s-gn1,dragnet] [--styles dom,lynx,wet,lynx-program,w3m-program] [--limit N] [--pages] [--dump-to DIR] [--held-out]
 * </pre>
 *
 * Prints, per page with {@code --pages}, and per style in total: word precision, recall and F1 of the body (micro:
 * summed over words; and the mean of the pages' F1), headline exact match where the set marks headlines, and the
 * furniture lines kept. Pages that mark snippets rather than the whole main content (trafilatura's evaluation pages,
 * {@link SnippetCheck}) get a table of their own: headline and snippet precision, recall and F1 (body blocks that do not belong to the gold: {@link WordScore#belongs}). {@code --dump-to} writes each
 * dump and what the reader made of it, for looking at. {@code --held-out} scores only the pages the prose model
 * was not fitted on ({@link ProseModelFit.Split}).
 */
public final class PlainTextEval {

    private PlainTextEval() {
    }

    record PageResult(DevPage page, TextDumps.Style style, WordScore.Counts counts, Boolean headlineExact,
                      Boolean headlineMatch, String headline, int furniture, SnippetCheck snippets, boolean failed,
                      long nanos, Boolean authorsExact) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: PlainTextEval FOLDER [--sets a,b] [--styles dom,lynx,wet] [--limit N] [--pages]"
                    + " [--dump-to DIR]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        Set<String> sets = new LinkedHashSet<>();
        List<TextDumps.Style> styles = new ArrayList<>(TextDumps.Style.MADE_HERE);
        int limit = Integer.MAX_VALUE;
        boolean perPage = false;
        Path dumpTo = null;
        boolean heldOut = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--sets" -> sets.addAll(List.of(args[++i].split(",")));
                case "--styles" -> {
                    styles.clear();
                    for (String s : args[++i].split(",")) {
                        styles.add(TextDumps.Style.ofLabel(s));
                    }
                }
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--pages" -> perPage = true;
                case "--dump-to" -> dumpTo = Path.of(args[++i]);
                case "--held-out" -> heldOut = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<DevPage> pages = DevSet.loadAll(root, sets).stream()
                .filter(page -> page.gold() != null || page.snippetsOnly()).toList();
        if (heldOut) {
            pages = pages.stream().filter(ProseModelFit.Split::isHeldOut).toList();
        }
        if (pages.size() > limit) {
            pages = pages.subList(0, limit);
        }
        List<PageResult> results = Collections.synchronizedList(new ArrayList<>());
        PlainTextReader reader = PlainTextReader.create();
        Path dumps = dumpTo;
        AtomicInteger done = new AtomicInteger();
        List<DevPage> work = pages;
        work.parallelStream().forEach(page -> {
            try {
                byte[] bytes = Files.readAllBytes(page.html());
                var document = PageDecoding.parse(bytes);
                for (TextDumps.Style style : styles) {
                    String text = style.byProgram() ? BrowserProgram.dump(page.html(), style)
                            : TextDumps.dump(document, style);
                    results.add(score(reader, page, style, text, dumps));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            int n = done.incrementAndGet();
            if (n % 100 == 0) {
                System.err.println(n + " / " + work.size() + " pages");
            }
        });
        List<PageResult> sorted = new ArrayList<>(results);
        sorted.sort((a, b) -> a.page().name().compareTo(b.page().name()) * 8 + a.style().compareTo(b.style()));
        report(sorted, styles, perPage, System.out);
    }

    static PageResult score(PlainTextReader reader, DevPage page, TextDumps.Style style, String text, Path dumpTo)
            throws IOException {
        long start = System.nanoTime();
        Article article = null;
        try {
            article = reader.read(text);
        } catch (ReadException e) {
            // an empty result: scored as nothing extracted
        }
        long nanos = System.nanoTime() - start;
        List<String> blocks = article == null ? List.of() : ArticleText.bodyBlocks(article);
        List<String> scored = new ArrayList<>();
        if (article != null && page.goldHasHeader()) {
            scored.addAll(ArticleText.headerLines(article));
        }
        scored.addAll(blocks);
        String extracted = String.join("\n", scored);
        String gold = page.gold() == null ? "" : page.gold();
        WordScore.Counts counts = page.gold() == null ? WordScore.Counts.ZERO : WordScore.compare(extracted, gold);
        java.util.Set<String> goldShingles = WordScore.shingles(gold);
        String goldWords = String.join(" ", WordScore.words(gold));
        int furniture = 0;
        for (String block : blocks) {
            if (page.gold() != null && !WordScore.belongs(block, goldShingles, goldWords)) {
                furniture++;
            }
        }
        // the deck is printed with the article, and trafilatura's annotators count the standfirst as main text
        SnippetCheck snippets = SnippetCheck.of(page,
                article == null ? blocks : ArticleText.prose(ArticleText.lead(article), blocks));
        String headline = article == null ? null : article.metadata().headline();
        Boolean exact = page.headline() == null ? null
                : WordScore.foldHeadline(page.headline()).equals(WordScore.foldHeadline(headline));
        Boolean match = page.headline() == null ? null : WordScore.headlineMatches(headline, page.headline());
        if (dumpTo != null) {
            Path dir = Files.createDirectories(dumpTo.resolve(page.set()));
            Files.writeString(dir.resolve(page.id() + "." + style.label() + ".txt"), text, StandardCharsets.UTF_8);
            StringBuilder seen = new StringBuilder();
            seen.append("HEADLINE ").append(headline).append("\nGOLD     ").append(page.headline()).append('\n');
            if (article != null) {
                seen.append("DECK     ").append(article.metadata().deck()).append('\n');
                seen.append("BYLINES  ").append(article.metadata().bylines()).append('\n');
                seen.append("DATELINE ").append(article.metadata().dateline()).append('\n');
            }
            seen.append(String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f furniture %d%n%n", counts.precision(),
                    counts.recall(), counts.f1(), furniture));
            for (String block : blocks) {
                boolean foreign = page.gold() != null && !WordScore.belongs(block, goldShingles, goldWords);
                seen.append(foreign ? "-- " : "   ").append(block).append('\n');
            }
            snippets.missed().forEach(snippet -> seen.append("MISSED ").append(snippet).append('\n'));
            snippets.leaked().forEach(snippet -> seen.append("LEAKED ").append(snippet).append('\n'));
            Files.writeString(dir.resolve(page.id() + "." + style.label() + ".read.txt"), seen.toString(),
                    StandardCharsets.UTF_8);
        }
        Boolean authors = AuthorNames.match(page.authors(), article == null ? List.of()
                : article.metadata().bylines().stream().map(Byline::name).toList());
        return new PageResult(page, style, counts, exact, match, headline, furniture, snippets, article == null,
                nanos, authors);
    }

    private static String share(int count, int of) {
        return of == 0 ? "–" : String.format(Locale.ROOT, "%d/%d (%.1f%%)", count, of, 100.0 * count / of);
    }

    static void report(List<PageResult> results, List<TextDumps.Style> styles, boolean perPage, PrintStream out) {
        if (perPage) {
            out.println("page\tstyle\tP\tR\tF1\theadline\tfurniture");
            for (PageResult r : results) {
                out.printf(Locale.ROOT, "%s\t%s\t%.3f\t%.3f\t%.3f\t%s\t%d%n", r.page().name(), r.style().label(),
                        r.counts().precision(), r.counts().recall(), r.counts().f1(),
                        r.headlineExact() == null ? "-" : r.headlineExact() ? "yes" : "no (" + r.headline() + ")",
                        r.furniture());
            }
            out.println();
        }
        out.println("| style | pages | P | R | F1 (words) | mean page F1 | headline exact | headline exact or marked "
                + "part | furniture lines kept | no article | ms/page |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        Map<TextDumps.Style, List<PageResult>> byStyle = new EnumMap<>(TextDumps.Style.class);
        Map<TextDumps.Style, List<PageResult>> snippetPages = new EnumMap<>(TextDumps.Style.class);
        for (PageResult r : results) {
            (r.page().gold() != null ? byStyle : snippetPages).computeIfAbsent(r.style(), k -> new ArrayList<>()).add(r);
        }
        for (TextDumps.Style style : styles) {
            List<PageResult> rs = byStyle.getOrDefault(style, List.of());
            WordScore.Counts total = WordScore.Counts.ZERO;
            double f1 = 0;
            int headlines = 0;
            int exact = 0;
            int matched = 0;
            int furniture = 0;
            int failed = 0;
            long nanos = 0;
            for (PageResult r : rs) {
                total = total.plus(r.counts());
                f1 += r.counts().f1();
                if (r.headlineExact() != null) {
                    headlines++;
                    exact += r.headlineExact() ? 1 : 0;
                    matched += r.headlineMatch() ? 1 : 0;
                }
                furniture += r.furniture();
                failed += r.failed() ? 1 : 0;
                nanos += r.nanos();
            }
            out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %s | %s | %d | %d | %.2f |%n",
                    style.label(), rs.size(), total.precision(), total.recall(), total.f1(),
                    rs.isEmpty() ? 0 : f1 / rs.size(), share(exact, headlines), share(matched, headlines), furniture,
                    failed,
                    rs.isEmpty() ? 0 : nanos / 1e6 / rs.size());
        }
        if (snippetPages.isEmpty()) {
            return;
        }
        out.println();
        out.println("Pages marked with snippets only (text that must be kept and text that must not):");
        out.println();
        out.println("| style | pages | headline exact | headline exact or marked part | authors exact | snippets P "
                + "| snippets R | snippets F1 | no article | ms/page |");
        out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (TextDumps.Style style : styles) {
            List<PageResult> rs = snippetPages.getOrDefault(style, List.of());
            int[] headlines = new int[3];
            int[] authors = new int[2];
            int failed = 0;
            long nanos = 0;
            for (PageResult r : rs) {
                if (r.headlineExact() != null) {
                    headlines[0]++;
                    headlines[1] += r.headlineExact() ? 1 : 0;
                    headlines[2] += r.headlineMatch() ? 1 : 0;
                }
                if (r.authorsExact() != null) {
                    authors[0]++;
                    authors[1] += r.authorsExact() ? 1 : 0;
                }
                failed += r.failed() ? 1 : 0;
                nanos += r.nanos();
            }
            double[] snippets = SnippetCheck.totals(rs.stream().map(PageResult::snippets).toList());
            out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %.3f | %.3f | %.3f | %d | %.2f |%n", style.label(),
                    rs.size(), share(headlines[1], headlines[0]), share(headlines[2], headlines[0]),
                    share(authors[1], authors[0]), snippets[0], snippets[1], snippets[2], failed,
                    rs.isEmpty() ? 0 : nanos / 1e6 / rs.size());
        }
    }
}

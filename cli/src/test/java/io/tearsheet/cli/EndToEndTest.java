package io.tearsheet.cli;

import io.tearsheet.Tearsheet;
import io.tearsheet.io.AtomicFiles;
import io.tearsheet.validate.Validation;
import io.tearsheet.validate.Validators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command on real articles: text in, validated JSON, EPUB and PDF out. */
class EndToEndTest {
    @TempDir
    Path dir;

    private Path sampleFile() throws IOException {
        return Files.write(dir.resolve("night-ferries.txt"), Tearsheet.sampleText());
    }

    private static void assertValid(Path file) throws IOException {
        Validation validation = Validators.validate(file);
        assertThat(validation.findings()).as(file + " by " + validation.validator()).isEmpty();
    }

    @Test
    void convertsATextArticleToValidJsonEpubAndPdf() throws IOException {
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of("convert", sampleFile().toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String extension : List.of("json", "epub", "pdf")) {
            Path file = out.resolve("night-ferries." + extension);
            assertValid(file);
            assertThat(AtomicFiles.isComplete(file)).isTrue();
        }
    }

    @Test
    void convertsTheSampleAsTheReadmeShows() throws IOException {
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of("convert", "--sample", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("sample.json")).exists();
        assertThat(out.resolve("sample.epub")).exists();
        assertThat(out.resolve("sample.pdf")).exists();
    }

    @Test
    void convertsASavedWebPageToValidOutputs() throws IOException {
        Path page = dir.resolve("page.html");
        Files.writeString(page, """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>Quay Wall Repairs Begin | The Tearsheet Gazette</title>
                <meta property="og:title" content="Quay Wall Repairs Begin">
                <meta name="author" content="Clara Mendes">
                <link rel="canonical" href="https://example.org/news/quay-wall">
                </head><body>
                <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
                <article>
                <h1>Quay Wall Repairs Begin</h1>
                <p class="byline">By Clara Mendes</p>
                <time datetime="2025-04-02T09:00:00Z">2 April 2025</time>
                <p>Work began on Monday to rebuild the crumbling quay wall at Carver's Steps, the oldest stretch of
                stone along the Alder River, after engineers found cracks wide enough to fit a hand.</p>
                <p>"We could not wait another winter," said Harriet Okafor, the city's transport commissioner.
                "The river would have taken the wall."</p>
                <figure><img src="wall.jpg" alt="Engineers on scaffolding beside a cracked stone wall">
                <figcaption>Engineers inspect the wall. <span class="credit">Photo: Tomas Berg</span></figcaption>
                </figure>
                <p>The repairs will close the landing for six weeks, and ferries will stop at a temporary pontoon
                a short walk downstream, the city said.</p>
                <p>Residents have complained for years about loose stones on the path above the wall, which was
                last repaired in 1961.</p>
                </article>
                <footer><p>© 2025 The Tearsheet Gazette. All rights reserved.</p></footer>
                </body></html>
                """);
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of("convert", page.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String extension : List.of("json", "epub", "pdf")) {
            assertValid(out.resolve("page." + extension));
        }
        CommandRun inspect = CommandRun.of("inspect", page.toString());
        assertThat(inspect.out()).contains("Headline   Quay Wall Repairs Begin", "Harriet Okafor");
    }

    @Test
    void inspectShowsTheQuotesAndTheirSpeakers() throws IOException {
        CommandRun run = CommandRun.of("inspect", sampleFile().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Headline   Millbrook Bets on the ‘Night Boat’ Again", "Harriet Okafor",
                "Tomas Lindqvist", "aka Mr. Lindqvist", "series_note", "paywall");
    }

    @Test
    void makesABookOfASeriesInPartOrder() throws IOException {
        SeriesArticles.write(dir.resolve("series"));

        CommandRun run = CommandRun.of("book", dir.resolve("series").toString(), "--title", "River Crossings",
                "--author", "Tomas Berg", "--out", dir.resolve("books/river").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path epub = dir.resolve("books/river.epub");
        Path pdf = dir.resolve("books/river.pdf");
        assertValid(epub);
        assertValid(pdf);
        String text = PdfText.of(pdf);
        assertThat(text.indexOf("The Ferry That Never Left")).isLessThan(text.indexOf("When the Bridges Came"));
        assertThat(text.lastIndexOf("When the Bridges Came")).isLessThan(text.lastIndexOf("Back on the Water"));
    }

    @Test
    void archivesABagThatVerifiesAndReportsAFlippedByte() throws IOException {
        Path bags = dir.resolve("bags");

        CommandRun archive = CommandRun.of("archive", sampleFile().toString(), "--out", bags.toString());
        CommandRun verify = CommandRun.of("verify", bags.resolve("night-ferries").toString());

        assertThat(archive.exitCode()).as(archive.err()).isZero();
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(bags.resolve("night-ferries/data/night-ferries.pdf")).exists();
        assertThat(bags.resolve("night-ferries/data/original/night-ferries.txt")).hasBinaryContent(Tearsheet.sampleText());

        Path pdf = bags.resolve("night-ferries/data/night-ferries.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(pdf, bytes);
        CommandRun tampered = CommandRun.of("verify", bags.resolve("night-ferries").toString());

        assertThat(tampered.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(tampered.err()).contains("data/night-ferries.pdf has been altered");
    }

    @Test
    void bagsAreByteReproducible() throws IOException {
        Path input = sampleFile();
        CommandRun.of("archive", input.toString(), "--out", dir.resolve("first").toString());
        CommandRun.of("archive", input.toString(), "--out", dir.resolve("second").toString());

        assertThat(dir.resolve("second/night-ferries/tagmanifest-sha512.txt"))
                .hasSameBinaryContentAs(dir.resolve("first/night-ferries/tagmanifest-sha512.txt"));
        assertThat(dir.resolve("second/night-ferries/manifest-sha512.txt"))
                .hasSameBinaryContentAs(dir.resolve("first/night-ferries/manifest-sha512.txt"));
    }

    @Test
    void keepGoingReportsAnUndecodableFileAndConvertsTheRest() throws IOException {
        Path in = dir.resolve("in");
        SeriesArticles.write(in);
        Files.write(in.resolve("broken.txt"), new byte[]{'A', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'b'});
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of("convert", in.toString(), "--to", "json", "--keep-going", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("broken.txt: ").contains("converted 3, skipped 0, failed 1");
        assertThat(out.resolve("a-part2.json")).exists();
        assertThat(out.resolve("b-part3.json")).exists();
        assertThat(out.resolve("c-part1.json")).exists();
        assertThat(out.resolve("broken.json")).doesNotExist();
    }

    @Test
    void resumeRedoesOnlyWhatIsMissing() throws IOException {
        Path in = dir.resolve("in");
        SeriesArticles.write(in);
        Path out = dir.resolve("out");
        CommandRun.of("convert", in.toString(), "--to", "json,epub", "--out", out.toString());
        Files.delete(out.resolve("b-part3.epub"));

        CommandRun run = CommandRun.of("convert", in.toString(), "--to", "json,epub", "--resume", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("converted 1, skipped 2, failed 0");
        assertThat(out.resolve("b-part3.epub")).exists();
    }

    @Test
    void validateReportsValidAndBrokenFiles() throws IOException {
        Path out = dir.resolve("out");
        CommandRun.of("convert", sampleFile().toString(), "--out", out.toString());

        CommandRun good = CommandRun.of("validate", out.toString());
        byte[] pdf = Files.readAllBytes(out.resolve("night-ferries.pdf"));
        Files.write(out.resolve("night-ferries.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 3));
        CommandRun bad = CommandRun.of("validate", out.resolve("night-ferries.pdf").toString());

        assertThat(good.exitCode()).as(good.out() + good.err()).isZero();
        assertThat(good.out()).contains("night-ferries.epub: valid (epubcheck", "night-ferries.pdf: valid (veraPDF",
                "night-ferries.json: valid (JSON Schema");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(bad.out()).contains("INVALID");
    }

    @Test
    void killingARunLeavesNoPartialFiles() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        for (int i = 0; i < 60; i++) {
            Files.write(in.resolve(String.format("article-%03d.txt", i)), Tearsheet.sampleText());
        }
        Path out = dir.resolve("out");
        Process process = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "io.tearsheet.cli.Main", "convert", in.toString(), "--to", "pdf,epub", "--jobs", "2",
                "--out", out.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile())
                .start();
        waitForSomeOutput(out, process);
        process.destroy(); // SIGTERM, as Ctrl-C or a scheduler would send
        int exit = process.waitFor();
        org.junit.jupiter.api.Assumptions.assumeTrue(exit != 0, "the run finished before it could be stopped");

        try (Stream<Path> files = Files.list(out)) {
            List<Path> all = files.toList();
            assertThat(all).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
            for (Path file : all) {
                if (!file.toString().endsWith(".sha256") && Files.exists(AtomicFiles.checksumPath(file))) {
                    assertThat(AtomicFiles.isComplete(file)).as(file.toString()).isTrue();
                }
            }
        }
        CommandRun resumed = CommandRun.of("convert", in.toString(), "--to", "pdf,epub", "--resume", "--out",
                out.toString());
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.err()).doesNotContain("converted 0,");
        for (int i = 0; i < 60; i++) {
            assertThat(AtomicFiles.isComplete(out.resolve(String.format("article-%03d.pdf", i)))).isTrue();
        }
    }

    @Test
    void aPdfBookOfFourHundredArticlesIsMadeInA48MegabyteHeap() throws Exception {
        // The book is written as it is made; holding it whole until the save ran out of memory here.
        Path in = sampleCopies(400);
        Path book = dir.resolve("book.pdf");

        HeapRun run = bookInHeap("48m", in, book);

        assertThat(run.exit()).as(run.log()).isZero();
        assertThat(Files.size(book)).isGreaterThan(10_000_000);
    }

    @Test
    void runningOutOfMemoryEndsWithOneLineAndNoPartialFile() throws Exception {
        Path in = sampleCopies(3);
        Path book = dir.resolve("book.pdf");

        HeapRun run = bookInHeap("16m", in, book);

        assertThat(run.exit()).as(run.log()).isEqualTo(ExitCodes.OUT_OF_MEMORY);
        assertThat(run.log().strip()).as(run.log()).startsWith("tearsheet: out of memory").doesNotContain("\tat ");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in", "log.txt");
        }
    }

    private Path sampleCopies(int count) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        for (int i = 0; i < count; i++) {
            Files.write(in.resolve(String.format("article-%03d.txt", i)), Tearsheet.sampleText());
        }
        return in;
    }

    /** How a run in a JVM of its own ended, and what it printed. */
    private record HeapRun(int exit, String log) {
    }

    /** {@code tearsheet book IN --to pdf} in a JVM of its own with heap {@code heap}, its output in log.txt. */
    private HeapRun bookInHeap(String heap, Path in, Path book) throws IOException, InterruptedException {
        Path log = dir.resolve("log.txt");
        int exit = new ProcessBuilder(javaBinary(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                "io.tearsheet.cli.Main", "book", in.toString(), "--to", "pdf", "--title", "A volume",
                "--out", book.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
        return new HeapRun(exit, Files.readString(log));
    }

    private static void waitForSomeOutput(Path out, Process process) throws Exception {
        for (int i = 0; i < 600 && process.isAlive(); i++) {
            if (Files.isDirectory(out)) {
                try (Stream<Path> files = Files.list(out)) {
                    if (files.filter(p -> p.toString().endsWith(".pdf")).count() >= 3) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

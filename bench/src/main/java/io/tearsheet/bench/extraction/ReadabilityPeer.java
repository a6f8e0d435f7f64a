package io.tearsheet.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Readability.js ({@code @mozilla/readability} on {@code jsdom}), the peer {@link HtmlEval} runs over the same pages.
 * Its script and pinned dependencies are in {@code bench/peers/readability} ({@code package.json},
 * {@code package-lock.json}, {@code run.js}); the harness copies them to a work folder under {@code target}, installs
 * the dependencies there with {@code npm ci} (only when the lock file changed), and runs {@code node run.js} in its
 * own process, which decodes, parses and times every page itself. jsdom's memory grows with every page even with
 * each window closed (about 4 GB after 1,200 pages), so the process gets a large heap.
 */
final class ReadabilityPeer {
    private static final String[] FILES = {"package.json", "package-lock.json", "run.js"};

    private final Path source;
    private final Path work;

    ReadabilityPeer(Path source, Path work) {
        this.source = source;
        this.work = work;
    }

    /** What Readability found on one page. */
    record Page(boolean ok, String title, String byline, String published, List<String> blocks) {
    }

    /**
     * The peer's results, page by page in the order asked, and its timed passes.
     *
     * @param coldSeconds the first pass's time in a fresh process
     * @param warmSeconds the last warm pass's time, or NaN when none ran
     */
    record Run(List<Page> pages, double coldSeconds, double warmSeconds, String versions) {
    }

    /** The default places: the peer's sources under the working folder's {@code bench/}, its work folder in target. */
    static ReadabilityPeer locate(Path sourceOverride, Path workOverride) {
        Path source = sourceOverride;
        if (source == null) {
            source = Files.isDirectory(Path.of("bench/peers/readability")) ? Path.of("bench/peers/readability")
                    : Path.of("peers/readability");
        }
        Path work = workOverride;
        if (work == null) {
            work = Files.isDirectory(Path.of("bench")) ? Path.of("bench/target/peers/readability")
                    : Path.of("target/peers/readability");
        }
        return new ReadabilityPeer(source.toAbsolutePath(), work.toAbsolutePath());
    }

    /** Copies the script, and installs the pinned packages when the lock file differs from the installed one. */
    void install() throws IOException, InterruptedException {
        if (!Files.exists(source.resolve("run.js"))) {
            throw new IOException("the Readability peer is not in " + source + " (run from the repository root, or"
                    + " pass --peer-dir)");
        }
        Files.createDirectories(work);
        Path stamp = work.resolve("node_modules/.tearsheet-lock");
        String lock = Files.readString(source.resolve("package-lock.json"), StandardCharsets.UTF_8);
        boolean installed = Files.exists(stamp) && Files.readString(stamp, StandardCharsets.UTF_8).equals(lock);
        for (String file : FILES) {
            Files.copy(source.resolve(file), work.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!installed) {
            System.err.println("installing the Readability peer in " + work + " (npm ci)");
            run(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"), 600);
            Files.writeString(stamp, lock, StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs the peer over {@code pages}; with {@code reuse}, a previous run over exactly these pages is read instead.
     */
    Run run(List<Path> pages, int warmPasses, boolean reuse) throws IOException, InterruptedException {
        StringBuilder manifest = new StringBuilder();
        for (Path page : pages) {
            manifest.append(page.toAbsolutePath()).append('\n');
        }
        Path manifestFile = work.resolve("manifest.txt");
        Path out = work.resolve("out.jsonl");
        boolean same = Files.exists(manifestFile) && Files.exists(out)
                && Files.readString(manifestFile, StandardCharsets.UTF_8).contentEquals(manifest);
        if (!(reuse && same)) {
            Files.writeString(manifestFile, manifest, StandardCharsets.UTF_8);
            run(List.of("node", "--max-old-space-size=8192", "run.js", manifestFile.toString(), out.toString(), "--warm-passes",
                    Integer.toString(warmPasses)), 24 * 3600);
        } else {
            System.err.println("reusing the Readability run in " + out);
        }
        return read(out, pages.size());
    }

    private Run read(Path out, int count) throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        Page[] pages = new Page[count];
        double cold = Double.NaN;
        double warm = Double.NaN;
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            if (node.has("pass")) {
                double seconds = node.get("seconds").asDouble();
                if (node.get("pass").asText().equals("cold")) {
                    cold = seconds;
                } else {
                    warm = seconds;
                }
                continue;
            }
            List<String> blocks = new ArrayList<>();
            node.get("blocks").forEach(b -> blocks.add(b.asText()));
            pages[node.get("i").asInt()] = new Page(node.get("ok").asBoolean(), text(node, "title"),
                    text(node, "byline"), text(node, "published"), blocks);
        }
        List<Page> list = new ArrayList<>();
        for (Page page : pages) {
            list.add(page == null ? new Page(false, null, null, null, List.of()) : page);
        }
        return new Run(list, cold, warm, versions());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** "@mozilla/readability 0.6.0, jsdom 29.1.1, node v20.…", from the installed packages. */
    String versions() throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        for (String name : new String[] {"@mozilla/readability", "jsdom"}) {
            Path manifest = work.resolve("node_modules").resolve(name).resolve("package.json");
            String version = Files.exists(manifest) ? json.readTree(manifest.toFile()).get("version").asText() : "?";
            out.append(name).append(' ').append(version).append(", ");
        }
        Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
        String version = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        node.waitFor();
        return out.append("node ").append(version).toString();
    }

    private void run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(work.toFile()).inheritIO().start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed with exit code " + process.exitValue());
        }
    }
}

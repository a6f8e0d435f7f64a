package io.tearsheet.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a folder of development sets: one sub-folder per set, each page as {@code ID.html} with
 * {@code ID.gold.txt} (the marked main content) and optionally {@code ID.meta.json} ({@code headline}). The pages
 * belong to their publishers and stay outside the repository; the harnesses take the folder as an argument.
 */
final class DevSet {
    /** Sets whose gold text was copied from the whole page, title, byline and date lines included. */
    private static final Set<String> GOLD_WITH_HEADER = Set.of("dragnet", "cleaneval-final", "cleaneval-dev",
            "cleanportaleval");

    private DevSet() {
    }

    /**
     * The pages of {@code root}'s sets, sorted by set and id; {@code sets} limits which (empty: all). Pages with empty
     * gold are left out, and so are sets without gold text unless {@code headlineOnly} asks for pages that have only
     * a marked headline.
     */
    static List<DevPage> load(Path root, Set<String> sets, boolean headlineOnly) throws IOException {
        List<DevPage> pages = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        List<Path> folders;
        try (Stream<Path> list = Files.list(root)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        for (Path folder : folders) {
            String set = folder.getFileName().toString();
            if (!sets.isEmpty() && !sets.contains(set)) {
                continue;
            }
            List<Path> htmls;
            try (Stream<Path> list = Files.list(folder)) {
                htmls = list.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
            }
            for (Path html : htmls) {
                String id = html.getFileName().toString().replaceFirst("\\.html$", "");
                Path goldFile = folder.resolve(id + ".gold.txt");
                String gold = Files.exists(goldFile) ? Files.readString(goldFile, StandardCharsets.UTF_8) : null;
                String headline = null;
                Path meta = folder.resolve(id + ".meta.json");
                if (Files.exists(meta)) {
                    JsonNode node = json.readTree(meta.toFile()).get("headline");
                    headline = node == null || node.asText().isBlank() ? null : node.asText();
                }
                if (gold != null && gold.isBlank()) {
                    continue;
                }
                if (gold == null && !(headlineOnly && headline != null)) {
                    continue;
                }
                pages.add(new DevPage(set, id, html, gold, headline, GOLD_WITH_HEADER.contains(set)));
            }
        }
        return pages;
    }
}

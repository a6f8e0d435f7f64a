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
     * Every page of {@code root}'s sets that has something to score: gold text, snippets, or marked metadata (sorted
     * by set and id; {@code sets} limits which, empty for all). Pages whose gold text is empty are left out. Which pages
     * are held back is {@link DevPage#heldOut}'s choice, the same as for the plain-text models.
     */
    static List<DevPage> loadAll(Path root, Set<String> sets) throws IOException {
        List<DevPage> pages = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path folder : folders(root)) {
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
                if (gold != null && gold.isBlank()) {
                    continue;
                }
                JsonNode meta = read(json, folder.resolve(id + ".meta.json"));
                JsonNode snippets = read(json, folder.resolve(id + ".snippets.json"));
                String headline = text(meta, "headline");
                List<String> authors = texts(meta, "authors");
                String date = text(meta, "date");
                List<String> with = texts(snippets, "with");
                List<String> without = texts(snippets, "without");
                if (gold == null && headline == null && authors.isEmpty() && date == null && with.isEmpty()
                        && without.isEmpty()) {
                    continue;
                }
                pages.add(new DevPage(set, id, html, gold, headline, GOLD_WITH_HEADER.contains(set), authors, date,
                        with, without));
            }
        }
        return pages;
    }

    private static List<Path> folders(Path root) throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static JsonNode read(ObjectMapper json, Path file) throws IOException {
        return Files.exists(file) ? json.readTree(file.toFile()) : null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText().strip();
    }

    private static List<String> texts(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        List<String> out = new ArrayList<>();
        if (value != null && value.isArray()) {
            for (JsonNode item : value) {
                if (item.isTextual() && !item.asText().isBlank()) {
                    out.add(item.asText().strip());
                }
            }
        }
        return List.copyOf(out);
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

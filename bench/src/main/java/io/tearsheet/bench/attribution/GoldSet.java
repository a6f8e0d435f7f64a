package io.tearsheet.bench.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A quotation-attribution gold set in the uniform layout of the development corpora: per article {@code ID.txt}
 * (the first paragraph is the headline, paragraphs separated by one blank line) and {@code ID.gold.json}
 * ({@code quotes}: {@code text, start, end, kind, speaker}, code-point offsets into the text), with
 * {@code manifest.tsv} naming each article's split. The articles stay outside the repository; the harness takes
 * the folder as an argument.
 */
final class GoldSet {
    private GoldSet() {
    }

    /** One annotated stretch of reported speech: a quotation, a part of one, or an indirect report. */
    /**
     * @param start      first char (UTF-16 index) in the article's text
     * @param end        one past the last char
     * @param pointStart the start as the gold file gives it, in code points (the key of a referents file)
     */
    record GoldQuote(int start, int end, int pointStart, String text, String kind, String speaker) {
        boolean quoted() {
            return kind.equals("direct") || kind.equals("partial");
        }
    }

    /** An article and its annotations. */
    record GoldArticle(String id, String text, List<GoldQuote> quotes) {
    }

    /**
     * The articles of {@code folder} whose split is one of {@code splits}, in manifest order. The test split is
     * refused unless asked for by name, so that it is never looked at by accident.
     */
    static List<GoldArticle> load(Path folder, List<String> splits, int limit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldArticle> articles = new ArrayList<>();
        List<String> lines = Files.readAllLines(folder.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        Map<String, Integer> column = new HashMap<>();
        String[] header = lines.get(0).split("\t");
        for (int i = 0; i < header.length; i++) {
            column.put(header[i], i);
        }
        for (String line : lines.subList(1, lines.size())) {
            if (articles.size() >= limit) {
                break;
            }
            String[] cells = line.split("\t");
            String id = cells[column.get("id")];
            String split = cells[column.get("split")];
            if (!splits.contains(split)) {
                continue;
            }
            String text = Files.readString(folder.resolve(id + ".txt"), StandardCharsets.UTF_8);
            List<GoldQuote> quotes = new ArrayList<>();
            for (JsonNode q : json.readTree(folder.resolve(id + ".gold.json").toFile()).path("quotes")) {
                int start = text.offsetByCodePoints(0, q.path("start").asInt());
                int end = text.offsetByCodePoints(0, q.path("end").asInt());
                JsonNode speaker = q.get("speaker");
                quotes.add(new GoldQuote(start, end, q.path("start").asInt(), q.path("text").asText(), q.path("kind").asText(),
                        speaker == null || speaker.isNull() ? null : speaker.asText()));
            }
            articles.add(new GoldArticle(id, text, quotes));
        }
        return articles;
    }
}

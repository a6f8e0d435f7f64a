package io.tearsheet.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a checkout of trafilatura's evaluation pages ({@code tests/evaldata.json}, the pages under
 * {@code tests/cache} and {@code tests/eval}) into the layout {@link DevSet} reads, as the set
 * {@code trafilatura-eval}.
 *
 * <pre>
 * git -C "$(fetch adbar/trafilatura)" archive --prefix=trafilatura/ HEAD LICENSE tests/evaldata.json tests/cache \
 *     tests/eval | tar x -C /work/data/src
 * java -cp bench/target/benchmarks.jar io.tearsheet.bench.extraction.TrafilaturaLayout \
 *     /work/data/src/trafilatura /work/data/extraction/trafilatura-eval
 * </pre>
 *
 * <p>Each annotated page becomes {@code ID.html} (its bytes unchanged), {@code ID.snippets.json} (the snippets its
 * main text must hold, {@code with}, and must not, {@code without}) and, where the annotation has them,
 * {@code ID.meta.json} with {@code headline} (the annotated title), {@code authors} (the annotated author, split
 * at semicolons), {@code date} and {@code url}. ID is the page's file name without {@code .html}. Pages whose file
 * is missing are counted and skipped.
 */
public final class TrafilaturaLayout {
    private TrafilaturaLayout() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TrafilaturaLayout TRAFILATURA_CHECKOUT OUTPUT_FOLDER");
            System.exit(2);
        }
        Path tests = Path.of(args[0]).resolve("tests");
        Path to = Path.of(args[1]);
        Files.createDirectories(to);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode annotations = json.readTree(tests.resolve("evaldata.json").toFile());
        int written = 0;
        int missing = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = annotations.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String file = entry.getValue().path("file").asText();
            Path page = locate(tests, file);
            if (page == null) {
                missing++;
                continue;
            }
            String id = file.replaceFirst("\\.html?$", "");
            Files.copy(page, to.resolve(id + ".html"), StandardCopyOption.REPLACE_EXISTING);
            json.writeValue(to.resolve(id + ".snippets.json").toFile(), snippets(entry.getValue()));
            Map<String, Object> meta = meta(entry.getKey(), entry.getValue());
            json.writeValue(to.resolve(id + ".meta.json").toFile(), meta);
            written++;
        }
        System.out.printf("%d pages written to %s, %d annotated pages missing%n", written, to, missing);
    }

    private static Path locate(Path tests, String file) {
        for (String folder : List.of("cache", "eval")) {
            Path candidate = tests.resolve(folder).resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static Map<String, Object> snippets(JsonNode annotation) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("with", strings(annotation.path("with")));
        out.put("without", strings(annotation.path("without")));
        return out;
    }

    /** The page's marked metadata; an author field may be one string with authors joined by ";" or a list. */
    static Map<String, Object> meta(String url, JsonNode annotation) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", url);
        String title = annotation.path("title").asText("").strip();
        if (!title.isEmpty()) {
            out.put("headline", title);
        }
        List<String> authors = new ArrayList<>();
        for (String author : strings(annotation.path("author"))) {
            for (String part : author.split(";")) {
                if (!part.isBlank()) {
                    authors.add(part.strip());
                }
            }
        }
        if (!authors.isEmpty()) {
            out.put("authors", authors);
        }
        String date = annotation.path("date").asText("").strip();
        if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            out.put("date", date);
        }
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(item -> {
                if (item.isTextual()) {
                    out.add(item.asText());
                }
            });
        }
        return out;
    }
}

package io.tearsheet.bench.attribution;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Turns a checkout of the PolNeAR corpus ({@code data/<split>/text/ID.txt} and brat stand-off annotations
 * {@code data/<split>/attributions/ID_ANNOTATOR.ann}) into the layout {@link GoldSet} reads.
 *
 * <pre>
 * git -C "$(fetch networkdynamics/PolNeAR)" archive --prefix=PolNeAR/ HEAD README.md data/dev/text \
 *     data/dev/attributions data/train/text data/train/attributions | tar x -C /work/data/src
 * java -cp bench/target/benchmarks.jar io.tearsheet.bench.attribution.PolnearLayout \
 *     /work/data/src/PolNeAR /work/data/quotes/polnear
 * </pre>
 *
 * <p>Each attribution's content becomes one gold quotation per contiguous fragment, its kind read from the
 * fragment's quotation marks: {@code direct} when it opens and closes with one, {@code partial} when it holds one,
 * {@code indirect} otherwise. The speaker is the text of the attribution's source (its fragments joined by a
 * space), or none. Where two annotators annotated one article, the first annotation file in name order is used.
 * The test split is not converted: its authors ask that it not be looked at.
 */
public final class PolnearLayout {
    private static final List<String> SPLITS = List.of("train", "dev");

    private PolnearLayout() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PolnearLayout POLNEAR_CHECKOUT OUTPUT_FOLDER");
            System.exit(2);
        }
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        Files.createDirectories(to);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        StringBuilder manifest = new StringBuilder("id\tsplit\tannotation\n");
        int articles = 0;
        int quotes = 0;
        for (String split : SPLITS) {
            for (Map.Entry<String, Path> e : firstAnnotationPerArticle(from.resolve("data").resolve(split)).entrySet()) {
                String id = e.getKey();
                Path textFile = from.resolve("data").resolve(split).resolve("text").resolve(id + ".txt");
                if (!Files.exists(textFile)) {
                    continue;
                }
                Paragraphs text = Paragraphs.of(Files.readString(textFile, StandardCharsets.UTF_8));
                List<Map<String, Object>> gold = goldQuotes(text, Files.readAllLines(e.getValue(), StandardCharsets.UTF_8));
                Files.writeString(to.resolve(id + ".txt"), text.text(), StandardCharsets.UTF_8);
                json.writeValue(to.resolve(id + ".gold.json").toFile(), Map.of("quotes", gold));
                manifest.append(id).append('\t').append(split).append('\t').append(e.getValue().getFileName()).append('\n');
                articles++;
                quotes += gold.size();
            }
        }
        Files.writeString(to.resolve("manifest.tsv"), manifest, StandardCharsets.UTF_8);
        System.out.printf("%d articles, %d gold quotations written to %s%n", articles, quotes, to);
    }

    /** Article id to its first annotation file, in name order; the four hex digits after the last _ name the annotator. */
    private static Map<String, Path> firstAnnotationPerArticle(Path split) throws IOException {
        Map<String, Path> first = new TreeMap<>();
        try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
            files.filter(p -> p.getFileName().toString().endsWith(".ann"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .forEach(p -> {
                        String name = p.getFileName().toString();
                        String id = name.substring(0, name.lastIndexOf('_'));
                        first.putIfAbsent(id, p);
                    });
        }
        return first;
    }

    /** A text-bound annotation: its type and its fragments as code-point ranges. */
    private record Span(String type, List<int[]> fragments) {
    }

    /**
     * The article's text with one paragraph per line of the original, stripped, separated by one blank line (the
     * layout {@link GoldSet} documents; some PolNeAR texts separate paragraphs by a single line break and end lines
     * with no-break spaces), and where each original code point went.
     */
    record Paragraphs(String text, int[] newIndex) {
        static Paragraphs of(String original) {
            int[] points = original.codePoints().toArray();
            int[] map = new int[points.length + 1];
            StringBuilder out = new StringBuilder();
            int written = 0;
            int lineStart = 0;
            for (int i = 0; i <= points.length; i++) {
                if (i < points.length && points[i] != '\n') {
                    continue;
                }
                int from = lineStart;
                int to = i;
                while (from < to && isSpace(points[from])) {
                    from++;
                }
                while (to > from && isSpace(points[to - 1])) {
                    to--;
                }
                if (from < to && written > 0) {
                    out.append("\n\n");
                    written += 2;
                }
                for (int k = lineStart; k <= i && k < map.length; k++) {
                    map[k] = written + Math.max(0, Math.min(k, to) - from);
                }
                for (int k = from; k < to; k++) {
                    out.appendCodePoint(points[k]);
                }
                written += to - from;
                lineStart = i + 1;
            }
            map[points.length] = written;
            return new Paragraphs(out.toString(), map);
        }

        /** Where an original code-point range {@code [start, end)} went, as {@code [start, end)} of {@link #text}. */
        int[] range(int[] original) {
            if (original[0] < 0 || original[1] >= newIndex.length || original[0] > original[1]) {
                throw new IllegalArgumentException("annotation range " + original[0] + "-" + original[1]
                        + " outside the text");
            }
            int start = newIndex[original[0]];
            return new int[] {start, Math.max(start, newIndex[original[1]])};
        }

        /** The text of an original code-point range, as it stands in {@link #text}. */
        String slice(int[] original) {
            int[] r = range(original);
            return text.substring(text.offsetByCodePoints(0, r[0]), text.offsetByCodePoints(0, r[1]));
        }

        private static boolean isSpace(int c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
    }

    static List<Map<String, Object>> goldQuotes(Paragraphs article, List<String> annotationLines) {
        Map<String, Span> spans = new LinkedHashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : annotationLines) {
            String[] cells = line.split("\t");
            if (cells.length < 2) {
                continue;
            }
            if (line.startsWith("T")) {
                spans.put(cells[0], span(cells[1]));
            } else if (line.startsWith("E")) {
                events.add(cells[1].split(" "));
            }
        }
        List<Map<String, Object>> quotes = new ArrayList<>();
        for (String[] roles : events) {
            String speaker = null;
            List<int[]> content = new ArrayList<>();
            for (String role : roles) {
                int colon = role.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = role.substring(0, colon);
                Span span = spans.get(role.substring(colon + 1));
                if (span == null) {
                    continue;
                }
                if (name.equals("Source")) {
                    speaker = join(article, span.fragments());
                } else if (name.startsWith("Content")) {
                    content.addAll(span.fragments());
                }
            }
            for (int[] fragment : content) {
                int[] range = article.range(fragment);
                String quoted = article.slice(fragment);
                Map<String, Object> q = new LinkedHashMap<>();
                q.put("text", quoted);
                q.put("start", range[0]);
                q.put("end", range[1]);
                q.put("kind", kind(quoted));
                q.put("speaker", speaker);
                quotes.add(q);
            }
        }
        quotes.sort(Comparator.comparingInt(q -> (Integer) q.get("start")));
        return quotes;
    }

    private static Span span(String typeAndOffsets) {
        int space = typeAndOffsets.indexOf(' ');
        List<int[]> fragments = new ArrayList<>();
        for (String range : typeAndOffsets.substring(space + 1).split(";")) {
            String[] ends = range.trim().split(" ");
            fragments.add(new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[1])});
        }
        return new Span(typeAndOffsets.substring(0, space), fragments);
    }

    private static String join(Paragraphs article, List<int[]> fragments) {
        StringBuilder out = new StringBuilder();
        for (int[] f : fragments) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(article.slice(f).strip());
        }
        return out.toString();
    }

    /** direct, partial or indirect, from the fragment's double quotation marks. */
    static String kind(String fragment) {
        String s = fragment.strip();
        while (!s.isEmpty() && ".,;:!?".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        boolean opens = !s.isEmpty() && isOpening(s.charAt(0));
        boolean closes = !s.isEmpty() && isClosing(s.charAt(s.length() - 1));
        if (opens && closes && s.length() > 1) {
            return "direct";
        }
        for (int i = 0; i < s.length(); i++) {
            if (isOpening(s.charAt(i)) || isClosing(s.charAt(i))) {
                return "partial";
            }
        }
        return "indirect";
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\u201C';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\u201D';
    }
}

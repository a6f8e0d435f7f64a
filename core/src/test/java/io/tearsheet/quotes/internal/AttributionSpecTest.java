package io.tearsheet.quotes.internal;

import io.tearsheet.model.Article;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Quote;
import io.tearsheet.model.Section;
import io.tearsheet.model.Source;
import io.tearsheet.quotes.QuoteAttributor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attribution specification ({@code io/tearsheet/quotes/attribution-spec.txt}), run example by example as
 * commonmark runs its spec: each example's paragraphs are attributed and every quotation is compared with its
 * expected line, in reading order. Every {@link RuleId} and every {@link Resolution} must have an example.
 */
class AttributionSpecTest {
    private static final String SPEC = "/io/tearsheet/quotes/attribution-spec.txt";
    private static final String FENCE = "````````````````````````````````";

    /** One example: where it stands, its section, its paragraphs, its expected quotations and sources. */
    record Example(int number, int line, String section, List<String> paragraphs, List<Expected> quotes,
                   List<ExpectedSource> sources) {
        @Override
        public String toString() {
            return "example " + number + " (line " + line + "): " + section;
        }
    }

    /** "starts → speaker | kind | cue | rule | resolution", "—" for none. */
    record Expected(String starts, String speaker, String kind, String cue, String rule, String resolution) {
    }

    /** "source name | kind | aliases; … | description", "—" for none. */
    record ExpectedSource(String name, String kind, List<String> aliases, String description) {
    }

    static List<Example> examples() {
        List<String> lines = read();
        List<Example> examples = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                section = line.substring(3).strip();
                continue;
            }
            if (!line.startsWith(FENCE + " example")) {
                continue;
            }
            int start = i + 1;
            List<String> input = new ArrayList<>();
            int k = start;
            while (!lines.get(k).equals(".")) {
                input.add(lines.get(k++));
            }
            List<Expected> quotes = new ArrayList<>();
            List<ExpectedSource> sources = new ArrayList<>();
            for (k++; !lines.get(k).equals(FENCE); k++) {
                String expected = lines.get(k);
                if (expected.isBlank()) {
                    continue;
                }
                if (expected.startsWith("source ")) {
                    sources.add(source(expected.substring(7)));
                } else {
                    quotes.add(quote(expected));
                }
            }
            examples.add(new Example(examples.size() + 1, i + 1, section, paragraphs(input), quotes, sources));
            i = k;
        }
        return examples;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleHolds(Example example) {
        List<io.tearsheet.model.Block> paragraphs = new ArrayList<>();
        for (String p : example.paragraphs()) {
            paragraphs.add(Paragraph.of(p));
        }
        Article article = Article.builder().metadata(Metadata.builder().headline("Example").build())
                .section(Section.body(paragraphs)).build();
        AttributionPass pass = new AttributionPass(QuoteAttributor.DEFAULT_MAX_NESTING_DEPTH,
                QuoteAttributor.DEFAULT_SCARE_QUOTE_MAX_WORDS, true, true);
        Article attributed = pass.run(article);
        Map<String, AttributionPass.Trace> traces = pass.traces();
        List<String> actual = new ArrayList<>();
        for (Quote q : attributed.quotes()) {
            actual.add(describe(attributed, q, traces.get(q.id())));
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < example.quotes().size(); i++) {
            Expected e = example.quotes().get(i);
            String starts = i < attributed.quotes().size() && fold(attributed.quotes().get(i).text()).startsWith(fold(e.starts()))
                    ? attributed.quotes().get(i).text() : e.starts() + "…";
            expected.add(line(starts, e.speaker(), e.kind(), e.cue(), e.rule(), e.resolution()));
        }
        assertThat(actual).as("%s%nnotes: %s", example, attributed.provenance().notes()).isEqualTo(expected);
        for (ExpectedSource s : example.sources()) {
            Source source = attributed.sources().stream().filter(x -> x.name().equals(s.name())).findFirst().orElse(null);
            assertThat(source).as("%s: source %s among %s", example, s.name(), attributed.sources()).isNotNull();
            assertThat(source.kind().name().toLowerCase(Locale.ROOT)).as("%s: kind of %s", example, s.name())
                    .isEqualTo(s.kind());
            assertThat(source.aliases()).as("%s: aliases of %s", example, s.name())
                    .containsExactlyInAnyOrderElementsOf(s.aliases());
            assertThat(source.description() == null ? "—" : source.description())
                    .as("%s: description of %s", example, s.name()).isEqualTo(s.description());
        }
    }

    @Test
    void everyRuleAndEveryResolutionHasAnExample() {
        Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
        Set<Resolution> resolutions = EnumSet.noneOf(Resolution.class);
        for (Example example : examples()) {
            for (Expected e : example.quotes()) {
                if (!e.rule().equals("—")) {
                    rules.add(RuleId.valueOf(e.rule()));
                }
                if (!e.resolution().equals("—")) {
                    resolutions.add(Resolution.valueOf(e.resolution()));
                }
            }
        }
        assertThat(EnumSet.complementOf(EnumSet.copyOf(rules.isEmpty() ? EnumSet.of(RuleId.TRAILING) : rules)))
                .as("rules without an example in the specification").isEmpty();
        assertThat(EnumSet.complementOf(EnumSet.copyOf(resolutions.isEmpty() ? EnumSet.of(Resolution.NAME) : resolutions)))
                .as("resolutions without an example in the specification").isEmpty();
    }

    @Test
    void theSpecificationHasExamples() {
        assertThat(examples()).hasSizeGreaterThan(40);
    }

    private static String describe(Article article, Quote q, AttributionPass.Trace trace) {
        String speaker = q.sourceId() == null ? "—" : article.source(q.sourceId()).orElseThrow().name();
        return line(q.text(), speaker, q.kind().name().toLowerCase(Locale.ROOT), q.cue() == null ? "—" : q.cue(),
                trace == null ? "—" : trace.rule().name(),
                trace == null || trace.resolution() == null ? "—" : trace.resolution().name());
    }

    private static String line(String text, String speaker, String kind, String cue, String rule, String resolution) {
        return text + " → " + speaker + " | " + kind + " | " + cue + " | " + rule + " | " + resolution;
    }

    private static Expected quote(String line) {
        int arrow = line.lastIndexOf(" → ");
        if (arrow < 0) {
            throw new IllegalArgumentException("expected 'starts → speaker | kind | cue | rule | resolution': " + line);
        }
        String[] cells = line.substring(arrow + 3).split(" \\| ", -1);
        if (cells.length != 5) {
            throw new IllegalArgumentException("expected five cells after the arrow: " + line);
        }
        return new Expected(line.substring(0, arrow).strip(), cells[0].strip(), cells[1].strip(), cells[2].strip(),
                cells[3].strip(), cells[4].strip());
    }

    private static ExpectedSource source(String line) {
        String[] cells = line.split(" \\| ", -1);
        if (cells.length != 4) {
            throw new IllegalArgumentException("expected 'source name | kind | aliases | description': " + line);
        }
        List<String> aliases = cells[2].strip().equals("—") ? List.of()
                : Arrays.stream(cells[2].split(";")).map(String::strip).toList();
        return new ExpectedSource(cells[0].strip(), cells[1].strip(), aliases, cells[3].strip());
    }

    /** The example's input: paragraphs separated by blank lines. */
    private static List<String> paragraphs(List<String> input) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : input) {
            if (line.isBlank()) {
                if (current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(current.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private static String fold(String s) {
        return s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"').strip();
    }

    private static List<String> read() {
        try (InputStream in = AttributionSpecTest.class.getResourceAsStream(SPEC)) {
            if (in == null) {
                throw new IllegalStateException("specification missing: " + SPEC);
            }
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

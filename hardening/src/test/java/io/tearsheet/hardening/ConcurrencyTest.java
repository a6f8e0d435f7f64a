package io.tearsheet.hardening;

import io.tearsheet.Tearsheet;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.model.Article;
import io.tearsheet.testing.ArticleArbitraries;
import io.tearsheet.testing.SharedCorpus;
import net.jqwik.api.Example;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One shared instance of each reader and exporter serves eight threads at once, and every thread gets exactly the
 * bytes a single thread gets: the embedded sample, our own test articles, the shared corpus (when present) and
 * generated articles (from a fixed seed).
 */
class ConcurrencyTest {

    /** Input name → how to make its article with the shared readers. */
    private static Map<String, java.util.concurrent.Callable<Article>> inputs() throws IOException {
        Map<String, java.util.concurrent.Callable<Article>> inputs = new LinkedHashMap<>();
        inputs.put("sample", () -> Pipeline.TEXT.read(Tearsheet.sampleText()));
        for (String name : List.of("bakery-strike", "chess-final", "warehouse-fire", "museum-theft")) {
            byte[] text;
            try (InputStream in = Objects.requireNonNull(
                    ConcurrencyTest.class.getClassLoader().getResourceAsStream("articles/" + name + ".txt"), name)) {
                text = in.readAllBytes();
            }
            inputs.put(name, () -> Pipeline.TEXT.read(text));
            inputs.put(name + " via JSON", () -> Pipeline.JSON_READER.read(Pipeline.JSON.toBytes(Pipeline.TEXT.read(text))));
        }
        try {
            for (Path article : SharedCorpus.articles()) {
                byte[] text = Files.readAllBytes(article);
                inputs.put("corpus " + article.getFileName(), () -> Pipeline.TEXT.read(text));
            }
        } catch (TestAbortedException noCorpus) {
            // the corpus is optional here; the rest still runs
        }
        Random random = new Random(20260601);
        var generator = ArticleArbitraries.articles().generator(100);
        for (int i = 0; i < 8; i++) {
            Article generated = generator.next(random).value();
            inputs.put("generated " + i, () -> generated);
        }
        return inputs;
    }

    /** Every input through every exporter: input name + format → bytes. */
    private static Map<String, byte[]> convert(Map<String, java.util.concurrent.Callable<Article>> inputs,
                                               ExecutorService pool) throws Exception {
        Map<String, Future<byte[]>> futures = new LinkedHashMap<>();
        for (var input : inputs.entrySet()) {
            for (ArticleExporter exporter : Pipeline.EXPORTERS) {
                futures.put(input.getKey() + " → " + exporter.format().name(),
                        pool.submit(() -> exporter.toBytes(input.getValue().call())));
            }
        }
        Map<String, byte[]> results = new LinkedHashMap<>();
        for (var future : futures.entrySet()) {
            results.put(future.getKey(), future.getValue().get());
        }
        return results;
    }

    @Example // a jqwik example, so that the article generator runs in its context
    void eightThreadsGetTheBytesOneThreadGets() throws Exception {
        var inputs = inputs();
        ExecutorService single = Executors.newSingleThreadExecutor();
        ExecutorService eight = Executors.newFixedThreadPool(8);
        try {
            Map<String, byte[]> expected = convert(inputs, single);
            List<Map<String, byte[]>> runs = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                runs.add(convert(inputs, eight));
            }
            for (Map<String, byte[]> run : runs) {
                assertThat(run.keySet()).containsExactlyElementsOf(expected.keySet());
                run.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(expected.get(name)));
            }
            assertThat(expected).hasSizeGreaterThanOrEqualTo(3 * 17);
        } finally {
            single.shutdownNow();
            eight.shutdownNow();
        }
    }
}

package io.tearsheet.read;

import io.tearsheet.model.Article;
import io.tearsheet.testing.AnnotationCheck;
import io.tearsheet.testing.SharedCorpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Our annotated test articles ({@code src/test/resources/articles}) and the shared corpus, read once each. */
final class ArticleFixtures {
    private static final PlainTextReader READER = PlainTextReader.create();

    private ArticleFixtures() {
    }

    /** An annotated article: its name, what the reader made of it, and the annotation file. */
    record Fixture(String name, Article article, Path annotation) {
        AnnotationCheck check() {
            return AnnotationCheck.of(annotation, article);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Path articlesDirectory() {
        try {
            return Path.of(ArticleFixtures.class.getResource("/articles").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Our own articles, sorted by name, the embedded sample among them. */
    static List<Fixture> ownArticles() {
        List<Fixture> fixtures = new ArrayList<>();
        try (Stream<Path> files = Files.list(articlesDirectory())) {
            for (Path annotation : files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted()
                    .toList()) {
                String name = annotation.getFileName().toString().replace(".expected.json", "");
                fixtures.add(new Fixture(name, read(name, annotation), annotation));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixtures;
    }

    /** The shared corpus articles; the calling test is skipped when the corpus is absent. */
    static List<Fixture> corpus() {
        List<Fixture> fixtures = new ArrayList<>();
        for (Path text : SharedCorpus.articles()) {
            try {
                fixtures.add(new Fixture(text.getFileName().toString(), READER.read(text), SharedCorpus.annotationOf(text)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fixtures;
    }

    private static Article read(String name, Path annotation) throws IOException {
        String classpath = AnnotationCheck.read(annotation).path("classpath_text").asText(null);
        if (classpath != null) {
            try (InputStream in = ArticleFixtures.class.getResourceAsStream("/" + classpath)) {
                return READER.read(in.readAllBytes());
            }
        }
        return READER.read(annotation.resolveSibling(name + ".txt"));
    }
}

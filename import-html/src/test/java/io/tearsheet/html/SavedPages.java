package io.tearsheet.html;

import io.tearsheet.html.internal.JsonLdParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The saved pages in {@code src/test/resources/pages}: web pages we wrote ourselves in the markup of common news
 * sites and CMSs, each with an annotation {@code NAME.expected.json} written by hand from the page.
 */
final class SavedPages {
    private SavedPages() {
    }

    static Path directory() {
        try {
            return Path.of(SavedPages.class.getResource("/pages").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every annotated page, by name, sorted. */
    static List<String> names() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".expected.json"))
                    .map(name -> name.substring(0, name.length() - ".expected.json".length()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path page(String name) {
        return directory().resolve(name + ".html");
    }

    /** The annotation as plain Java values (maps, lists, strings, numbers). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> annotation(String name) {
        try {
            String json = Files.readString(directory().resolve(name + ".expected.json"), StandardCharsets.UTF_8);
            return (Map<String, Object>) JsonLdParser.parse(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

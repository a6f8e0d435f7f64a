package io.tearsheet.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands files and folders into batch inputs: folders are searched recursively for article files
 * ({@code .txt}, {@code .text}, {@code .html}, {@code .htm}, {@code .json}) and for the container files of any
 * {@link ArticleContainer} on the class path (web archives: {@code .warc}, {@code .warc.gz}, {@code .wet},
 * {@code .wet.gz} with {@code tearsheet-import-warc}), hidden files are skipped, and the order is sorted by path so
 * that runs are repeatable. A container file becomes the inputs of the articles it holds.
 *
 * @since 0.1.0
 */
public final class BatchInputs {
    /** The extensions of article files picked up when a folder is given. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "text", "html", "htm", "json");

    private BatchInputs() {
    }

    /**
     * The inputs for these paths, container files expanded with the default {@link ContainerOptions}.
     *
     * @throws IllegalArgumentException when a path does not exist, or two inputs would write the same outputs
     * @throws IOException              when a folder cannot be listed or a container file cannot be read
     */
    public static List<BatchInput> collect(List<Path> paths) throws IOException {
        return expand(paths, ContainerOptions.DEFAULT).inputs();
    }

    /**
     * The inputs for these paths, and notes on what container files held. Each container file (a web archive) is
     * replaced by the inputs of its articles, selected by {@code options}; the files of one kind of container are
     * listed together, at the place of the first of them, so that their entries can refer to each other.
     *
     * <pre>{@code
     * ContainerListing found = BatchInputs.expand(List.of(Path.of("crawl.warc.gz")), ContainerOptions.DEFAULT);
     * found.notes().forEach(System.err::println);
     * BatchResult result = Batch.builder().build().run(found.inputs(), conversion);
     * }</pre>
     *
     * @throws IllegalArgumentException when a path does not exist, or two inputs would write the same outputs
     * @throws IOException              when a folder cannot be listed or a container file cannot be read
     */
    public static ContainerListing expand(List<Path> paths, ContainerOptions options) throws IOException {
        List<ArticleContainer> containers = containers();
        List<Object> slots = new ArrayList<>();
        Map<ArticleContainer, List<Path>> containerFiles = new LinkedHashMap<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path found : walk.filter(Files::isRegularFile).filter(f -> !isHidden(f)).sorted().toList()) {
                        ArticleContainer container = byExtension(containers, found);
                        if (container != null) {
                            addContainerFile(slots, containerFiles, container, found);
                        } else if (isArticleFile(found)) {
                            Path relative = path.relativize(found);
                            slots.add(BatchInput.file(found, relative.getParent() == null ? ""
                                    : relative.getParent().toString()));
                        }
                    }
                }
            } else if (Files.isRegularFile(path)) {
                ArticleContainer container = accepting(containers, path);
                if (container != null) {
                    addContainerFile(slots, containerFiles, container, path);
                } else {
                    slots.add(BatchInput.file(path));
                }
            } else {
                throw new IllegalArgumentException(path + ": no such file or folder");
            }
        }
        List<BatchInput> inputs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Object slot : slots) {
            if (slot instanceof BatchInput input) {
                inputs.add(input);
            } else {
                ArticleContainer container = (ArticleContainer) slot;
                ContainerListing listing = container.list(containerFiles.get(container), options);
                inputs.addAll(listing.inputs());
                notes.addAll(listing.notes());
            }
        }
        refuseCollisions(inputs);
        return new ContainerListing(inputs, notes);
    }

    private static void addContainerFile(List<Object> slots, Map<ArticleContainer, List<Path>> files,
                                         ArticleContainer container, Path file) {
        if (!files.containsKey(container)) {
            slots.add(container);
        }
        files.computeIfAbsent(container, c -> new ArrayList<>()).add(file);
    }

    /** The article containers on the class path (web archives, with {@code tearsheet-import-warc}). */
    public static List<ArticleContainer> containers() {
        List<ArticleContainer> containers = new ArrayList<>();
        ServiceLoader.load(ArticleContainer.class, BatchInputs.class.getClassLoader()).forEach(containers::add);
        return containers;
    }

    private static ArticleContainer byExtension(List<ArticleContainer> containers, Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        for (ArticleContainer container : containers) {
            for (String extension : container.extensions()) {
                if (name.endsWith("." + extension)) {
                    return container;
                }
            }
        }
        return null;
    }

    private static ArticleContainer accepting(List<ArticleContainer> containers, Path file) throws IOException {
        for (ArticleContainer container : containers) {
            if (container.accepts(file)) {
                return container;
            }
        }
        return null;
    }

    private static boolean isHidden(Path file) {
        return String.valueOf(file.getFileName()).startsWith(".");
    }

    /** Whether a file found in a folder is taken as an article. */
    public static boolean isArticleFile(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0
                && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Refuses inputs that would write over each other's outputs (same folder and base name, ignoring case, as
     * case-insensitive file systems would).
     *
     * @throws IllegalArgumentException naming both inputs
     */
    public static void refuseCollisions(List<BatchInput> inputs) {
        Map<String, BatchInput> seen = new HashMap<>();
        for (BatchInput input : inputs) {
            if (input.baseName() == null) {
                continue;
            }
            String key = (input.folder() + "/" + input.baseName()).toLowerCase(Locale.ROOT);
            BatchInput other = seen.putIfAbsent(key, input);
            if (other != null) {
                throw new IllegalArgumentException(input.displayName() + " and " + other.displayName()
                        + " would write the same outputs; convert them into different folders");
            }
        }
    }
}

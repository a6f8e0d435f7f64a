package io.tearsheet.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands files and folders into batch inputs: folders are searched recursively for article files
 * ({@code .txt}, {@code .text}, {@code .html}, {@code .htm}, {@code .json}), hidden files are skipped, and the
 * order is sorted by path so that runs are repeatable.
 *
 * @since 0.1.0
 */
public final class BatchInputs {
    /** The extensions picked up when a folder is given. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "text", "html", "htm", "json");

    private BatchInputs() {
    }

    /**
     * The inputs for these paths.
     *
     * @throws IllegalArgumentException when a path does not exist, or two inputs would write the same outputs
     * @throws IOException              when a folder cannot be listed
     */
    public static List<BatchInput> collect(List<Path> paths) throws IOException {
        List<BatchInput> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path found : walk.filter(Files::isRegularFile).filter(BatchInputs::isArticleFile)
                            .sorted().toList()) {
                        Path relative = path.relativize(found);
                        inputs.add(BatchInput.file(found, relative.getParent() == null ? ""
                                : relative.getParent().toString()));
                    }
                }
            } else if (Files.isRegularFile(path)) {
                inputs.add(BatchInput.file(path));
            } else {
                throw new IllegalArgumentException(path + ": no such file or folder");
            }
        }
        refuseCollisions(inputs);
        return inputs;
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

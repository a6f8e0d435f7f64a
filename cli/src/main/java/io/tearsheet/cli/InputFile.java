package io.tearsheet.cli;

import io.tearsheet.MediaTypes;
import io.tearsheet.Tearsheet;
import io.tearsheet.io.FileNames;
import io.tearsheet.model.Article;

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
 * One article to convert: a file, standard input or the embedded sample, with the name and folder its outputs get.
 * Files found inside a folder keep their relative folder under the output folder, so {@code news/2024/a.txt} given
 * as {@code news} becomes {@code OUT/2024/a.json}.
 */
final class InputFile {
    /** The extensions picked up when a folder is given. */
    static final Set<String> EXTENSIONS = Set.of("txt", "text", "html", "htm", "json");

    private final Path path;
    private final String displayName;
    private final String folder;
    private final String stem;
    private final String mediaType;

    private InputFile(Path path, String displayName, String folder, String stem, String mediaType) {
        this.path = path;
        this.displayName = displayName;
        this.folder = folder;
        this.stem = stem;
        this.mediaType = mediaType;
    }

    static InputFile sample() {
        return new InputFile(null, "sample", "", "sample", MediaTypes.TEXT);
    }

    /**
     * The inputs named on the command line, folders expanded (sorted, hidden files skipped).
     *
     * @throws IllegalArgumentException when an input does not exist, or two inputs would write the same output
     */
    static List<InputFile> collect(List<String> arguments, ConvertCommand.InputType from) throws IOException {
        String forced = from == null ? null : from.mediaType;
        List<InputFile> files = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                files.add(new InputFile(null, "standard input", "", null, forced));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path found : walk.filter(Files::isRegularFile).filter(InputFile::isArticleFile).sorted().toList()) {
                        Path relative = path.relativize(found);
                        String folder = relative.getParent() == null ? "" : relative.getParent().toString();
                        files.add(new InputFile(found, found.toString(), folder, FileNames.stem(found), forced));
                    }
                }
            } else if (Files.isRegularFile(path)) {
                files.add(new InputFile(path, argument, "", FileNames.stem(path), forced));
            } else {
                throw new IllegalArgumentException(argument + ": no such file or folder");
            }
        }
        refuseCollisions(files);
        return files;
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static void refuseCollisions(List<InputFile> files) {
        Map<String, InputFile> seen = new HashMap<>();
        for (InputFile file : files) {
            if (file.stem == null) {
                continue;
            }
            String key = (file.folder + "/" + file.stem).toLowerCase(Locale.ROOT);
            InputFile other = seen.putIfAbsent(key, file);
            if (other != null) {
                throw new IllegalArgumentException(file.displayName + " and " + other.displayName
                        + " would write the same outputs; convert them into different folders");
            }
        }
    }

    String displayName() {
        return displayName;
    }

    String outputFolder() {
        return folder;
    }

    /** The outputs' base name: the input's name without extension, or for standard input a slug of the headline. */
    String outputName(Article article) {
        return stem != null ? stem : FileNames.slug(article.metadata().headline());
    }

    Article read() throws IOException {
        if (path == null && stem != null) {
            return Tearsheet.sample();
        }
        byte[] bytes = path == null ? System.in.readAllBytes() : Files.readAllBytes(path);
        String type = mediaType != null ? mediaType
                : MediaTypes.detect(path == null ? null : path.getFileName().toString(), bytes);
        return Tearsheet.read(bytes, type);
    }
}

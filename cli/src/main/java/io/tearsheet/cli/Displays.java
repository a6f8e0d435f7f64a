package io.tearsheet.cli;

import java.nio.file.Path;

/** How the command shows paths: relative to the working folder when inside it, else absolute. */
final class Displays {
    private Displays() {
    }

    static String path(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}

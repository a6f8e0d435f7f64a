package io.tearsheet.epub.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The stylesheets shipped with the exporter, read from the module's resources. */
final class Stylesheets {
    private Stylesheets() {
    }

    /** The text of the stylesheet {@code name} ({@code classic} or {@code minimal}). */
    static String load(String name) {
        String resource = name + ".css";
        try (InputStream in = Stylesheets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("stylesheet missing from the jar: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.tearsheet.bench.peers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Liberation Serif and Sans TrueType files our PDF exporter embeds, read from the same class-path resources it
 * reads them from ({@code /liberation/*.ttf} in {@code openpdf-fonts-extra}), so every PDF engine sets the same
 * faces.
 */
public final class LiberationFonts {
    /** One face: family, weight, italic, and the resource holding it. */
    public record Face(String family, int weight, boolean italic, String resource) {
        /** The font file's bytes. */
        public byte[] bytes() {
            try (InputStream in = LiberationFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the class path: " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The file name, for example {@code LiberationSerif-Bold.ttf}. */
        public String fileName() {
            return resource.substring(resource.lastIndexOf('/') + 1);
        }
    }

    /** Every face the documents use. */
    public static final List<Face> FACES = List.of(
            new Face("Liberation Serif", 400, false, "/liberation/LiberationSerif-Regular.ttf"),
            new Face("Liberation Serif", 400, true, "/liberation/LiberationSerif-Italic.ttf"),
            new Face("Liberation Serif", 700, false, "/liberation/LiberationSerif-Bold.ttf"),
            new Face("Liberation Serif", 700, true, "/liberation/LiberationSerif-BoldItalic.ttf"),
            new Face("Liberation Sans", 400, false, "/liberation/LiberationSans-Regular.ttf"),
            new Face("Liberation Sans", 400, true, "/liberation/LiberationSans-Italic.ttf"),
            new Face("Liberation Sans", 700, false, "/liberation/LiberationSans-Bold.ttf"),
            new Face("Liberation Sans", 700, true, "/liberation/LiberationSans-BoldItalic.ttf"));

    private LiberationFonts() {
    }

    /** Copies every face into {@code dir} (for engines that take font files) and returns {@code dir}. */
    public static Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Face face : FACES) {
            Files.write(dir.resolve(face.fileName()), face.bytes());
        }
        return dir;
    }
}

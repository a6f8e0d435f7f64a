package io.tearsheet.export;

import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link ImageResolver} found for a figure's source: the image, or why there is none, in words that finish
 * the sentence "image SOURCE …" in an export report ("not found next to the input").
 *
 * @param found   the image, or null
 * @param problem why there is no image, or null when there is one
 * @param silent  whether the lack is unremarkable (nobody looked) and so not worth a note
 * @since 0.1.0
 */
public record ImageLookup(Image found, String problem, boolean silent) {
    private static final ImageLookup NOT_LOOKED_FOR = new ImageLookup(null, "not looked for", true);

    public ImageLookup {
        if ((found == null) == (problem == null)) {
            throw new IllegalArgumentException("a lookup has either an image or a problem");
        }
    }

    /** An image was found. */
    public static ImageLookup of(Image image) {
        return new ImageLookup(Objects.requireNonNull(image, "image must not be null"), null, false);
    }

    /** No image, for the reason given ("not found next to the input", "larger than 20 MB"). */
    public static ImageLookup missing(String problem) {
        return new ImageLookup(null, Objects.requireNonNull(problem, "problem must not be null"), false);
    }

    /** No image because nobody looked (an input without a folder); exporters say nothing about it. */
    public static ImageLookup notLookedFor() {
        return NOT_LOOKED_FOR;
    }

    /** The image, when one was found. */
    public Optional<Image> image() {
        return Optional.ofNullable(found);
    }
}

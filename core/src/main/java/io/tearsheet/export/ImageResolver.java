package io.tearsheet.export;

import io.tearsheet.export.internal.FolderImageResolver;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the picture a {@link io.tearsheet.model.Figure#source() figure's source} names, so that exporters can show
 * the image rather than only describe it. Resolvers never use the network: an {@code http(s)} address is reported as
 * remote, not fetched.
 *
 * <pre>{@code
 * ImageResolver images = ImageResolver.folder(Path.of("saved/Harbour clocks.html").toAbsolutePath().getParent());
 * ExportReport report = epubExporter.export(article, images, out);
 * }</pre>
 *
 * <p>Implementations must be safe to call from several threads and should give the same answer for the same
 * source, so that output stays deterministic.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ImageResolver {

    /**
     * The image {@code source} names, or why there is none.
     *
     * @param source a figure's source: a path relative to the input, a {@code file:} URI, a web address or a
     *               {@code data:} URI
     */
    ImageLookup lookup(String source);

    /** The image {@code source} names, if it can be had. */
    default Optional<Image> find(String source) {
        return lookup(source).image();
    }

    /** A resolver that finds nothing and does not ask to be told so: figures are shown as descriptions. */
    static ImageResolver none() {
        return source -> ImageLookup.notLookedFor();
    }

    /**
     * A resolver for the files of a page saved "complete" beside it: relative paths and {@code file:} URIs are read
     * only when they lead, after normalising and following links, to a regular file strictly inside {@code folder};
     * {@code data:image/…;base64} URIs are decoded. Files larger than {@link ImageLimits#DEFAULT} and anything that is
     * not a JPEG, PNG or GIF by its first bytes are refused.
     *
     * @param folder the folder the input file is in
     */
    static ImageResolver folder(Path folder) {
        return folder(folder, ImageLimits.DEFAULT);
    }

    /** {@link #folder(Path)} with other size limits. */
    static ImageResolver folder(Path folder, ImageLimits limits) {
        return new FolderImageResolver(folder, limits);
    }
}

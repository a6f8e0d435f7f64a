package io.tearsheet.batch;

import io.tearsheet.MediaTypes;
import io.tearsheet.Tearsheet;
import io.tearsheet.export.ImageResolver;
import io.tearsheet.io.FileNames;
import io.tearsheet.model.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One article to process in a batch: a file, bytes already in memory (standard input, the sample), or an entry of a
 * container file (a page in a web archive, {@link #contained(ContainedArticle)}), with the folder and base name its
 * outputs get. A file found inside a folder keeps its relative folder, so {@code news/2024/a.txt} given as
 * {@code news} writes {@code OUT/2024/a.json}.
 *
 * @since 0.1.0
 */
public final class BatchInput {
    private final Path path;
    private final byte[] content;
    private final String displayName;
    private final String folder;
    private final String baseName;
    private final String mediaType;
    private final ContainedArticle entry;

    private BatchInput(Path path, byte[] content, String displayName, String folder, String baseName,
                       String mediaType) {
        this(path, content, displayName, folder, baseName, mediaType, null);
    }

    private BatchInput(Path path, byte[] content, String displayName, String folder, String baseName,
                       String mediaType, ContainedArticle entry) {
        this.path = path;
        this.content = content;
        this.displayName = displayName;
        this.folder = folder;
        this.baseName = baseName;
        this.mediaType = mediaType;
        this.entry = entry;
    }

    /** A file whose outputs go to the top of the output folder, named after it. */
    public static BatchInput file(Path file) {
        return file(file, "");
    }

    /** A file whose outputs go to {@code folder} (relative, may be empty) under the output folder. */
    public static BatchInput file(Path file, String folder) {
        Objects.requireNonNull(file, "file must not be null");
        return new BatchInput(file, null, file.toString(), folder == null ? "" : folder, FileNames.stem(file), null);
    }

    /**
     * Bytes in memory. With a {@code baseName} the outputs are named after it; with null they are named after a
     * slug of the headline.
     */
    public static BatchInput bytes(String displayName, byte[] content, String baseName, String mediaType) {
        Objects.requireNonNull(content, "content must not be null");
        return new BatchInput(null, content.clone(), displayName, "",
                baseName == null ? null : FileNames.safeName(baseName), mediaType);
    }

    /**
     * An article inside a container file, as an {@link ArticleContainer} lists it: named, placed and read as the
     * entry says. {@link #content()} is the entry's original bytes (a web archive's record), {@link #path()} is null.
     */
    public static BatchInput contained(ContainedArticle entry) {
        Objects.requireNonNull(entry, "entry must not be null");
        return new BatchInput(null, null, entry.displayName(), entry.folder() == null ? "" : entry.folder(),
                FileNames.safeName(entry.baseName()), null, entry);
    }

    /** The embedded sample article, named {@code sample}. */
    public static BatchInput sample() {
        return bytes("sample", Tearsheet.sampleText(), "sample", MediaTypes.TEXT);
    }

    /**
     * This input read as {@code mediaType} whatever its name and content suggest. An entry of a container is read as
     * its container says, so it is returned as it is.
     */
    public BatchInput as(String mediaType) {
        if (entry != null) {
            return this;
        }
        return new BatchInput(path, content, displayName, folder, baseName, mediaType);
    }

    /** How messages name this input: the path as given, or a label such as "standard input". */
    public String displayName() {
        return displayName;
    }

    /** The file, or null for bytes in memory and entries of a container. */
    public Path path() {
        return path;
    }

    /** The folder, relative to the output folder, that this input's outputs go to; empty for the top. */
    public String folder() {
        return folder;
    }

    /** The outputs' base name when it is known before reading (files), else null (named after the headline). */
    public String baseName() {
        return baseName;
    }

    /** The outputs' base name for this article. */
    public String outputName(Article article) {
        return baseName != null ? baseName : FileNames.slug(article.metadata().headline());
    }

    /**
     * Where the images of this input's figures are found: the folder the file is in (a page saved "complete" keeps
     * them beside it), or none for bytes in memory, which have no folder.
     */
    public ImageResolver images() {
        if (entry != null) {
            return entry.images();
        }
        if (path == null) {
            return ImageResolver.none();
        }
        Path folder = path.toAbsolutePath().getParent();
        return folder == null ? ImageResolver.none() : ImageResolver.folder(folder);
    }

    /**
     * The input's bytes: the file's, the bytes given, or a container entry's original bytes.
     *
     * @throws IOException when they cannot be read
     * @throws io.tearsheet.read.ReadException when a container entry is damaged
     */
    public byte[] content() throws IOException {
        if (entry != null) {
            return entry.original();
        }
        return path != null ? Files.readAllBytes(path) : content.clone();
    }

    /**
     * The file name the input's bytes keep in an archive bag: the file's own name, {@code input.txt} (or {@code .html},
     * {@code .json}) for bytes in memory, or the container entry's.
     *
     * @param content the bytes {@link #content()} returned
     */
    public String originalName(byte[] content) {
        if (entry != null) {
            return entry.originalName();
        }
        if (path != null) {
            return String.valueOf(path.getFileName());
        }
        String type = mediaType(content);
        return "input." + (type.endsWith("html") ? "html" : type.endsWith("json") ? "json" : "txt");
    }

    /** The media type to read it as: the one forced with {@link #as}, else detected from name and content. */
    public String mediaType(byte[] bytes) {
        if (entry != null) {
            return MediaTypes.WARC;
        }
        if (mediaType != null) {
            return mediaType;
        }
        return MediaTypes.detect(path == null ? null : String.valueOf(path.getFileName()), bytes);
    }

    /**
     * Reads the article.
     *
     * @throws IOException                      when the file cannot be read
     * @throws io.tearsheet.read.ReadException when its content is not an article
     * @throws io.tearsheet.read.NoArticleException when it is a container's entry that holds no article
     */
    public Article read() throws IOException {
        if (entry != null) {
            return entry.read();
        }
        if (path != null) {
            return Tearsheet.read(path, mediaType != null ? mediaType : mediaType(head(path)));
        }
        return Tearsheet.read(content, mediaType(content));
    }

    /**
     * Reads the article from the bytes {@link #content()} returned, so that what is read is exactly what was fetched
     * (an archive bag keeps those bytes as the original).
     *
     * @throws io.tearsheet.read.ReadException when they are not an article
     */
    public Article read(byte[] content) {
        if (entry != null) {
            return entry.read(content);
        }
        return Tearsheet.read(content, mediaType(content));
    }

    private static byte[] head(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        }
    }
}

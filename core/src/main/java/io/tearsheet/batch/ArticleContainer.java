package io.tearsheet.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A kind of file that holds many articles, such as a web archive (a WARC file holds one captured page per record),
 * so that one input file becomes many {@link BatchInput}s. Implementations are found with
 * {@link java.util.ServiceLoader} ({@code tearsheet-import-warc} provides web archives); {@link BatchInputs#expand}
 * asks each one whether it takes a file, and lists the articles of the files it takes.
 *
 * <p>An implementation lists its entries up front (so that a batch knows how many there are, and can run them on
 * several threads and resume them), but reads each article only when its input is read, so that a file of any size
 * is converted in the memory of one article at a time. Entries that cannot be read (a damaged record) are listed
 * too, as inputs whose reading fails with a message naming the file and the place; entries that are not articles
 * are left out and counted in the listing's notes.
 *
 * <p>Implementations must be immutable and safe to use from several threads.
 *
 * @since 0.1.0
 */
public interface ArticleContainer {

    /** What these files are called in messages, for example {@code "web archive"}. */
    String name();

    /**
     * The file name endings that mark these files when a folder is searched, lower case and without the leading
     * dot, for example {@code warc.gz}.
     */
    Set<String> extensions();

    /**
     * Whether {@code file} is one of these containers: by its name, or, for a file given by name rather than found
     * in a folder, by its first bytes.
     *
     * @throws IOException when the file cannot be read
     */
    boolean accepts(Path file) throws IOException;

    /**
     * Lists the articles in {@code files}: all the files of one run that this container accepted, in the order
     * given, so that entries of one file can refer to entries of another (a web archive's revisit records point at
     * earlier captures).
     *
     * @throws IOException when a file cannot be read at all (a file that is damaged in places is listed, with its
     *                     damaged entries as inputs that fail)
     */
    ContainerListing list(List<Path> files, ContainerOptions options) throws IOException;
}

package io.tearsheet.spark.internal;

import io.tearsheet.export.ArticleExporter;
import io.tearsheet.model.Article;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The file system under the output root, as the job uses it: every write is atomic (a temporary name, then one
 * rename), every file gets a {@code .sha256} sidecar, and a complete output can be recognised and skipped.
 * Paths are relative to the output root, with {@code /} separators. Failures are {@link IOException}s: they fail
 * the task, which Spark then retries, never the article.
 */
public interface OutputStore {

    /** The file at {@code path} with its SHA-256, when it exists and its sidecar matches its bytes. */
    Optional<StoredFile> complete(String path) throws IOException;

    /** Writes {@code bytes} to {@code path} atomically, replacing what is there, then its sidecar. */
    StoredFile write(String path, byte[] bytes) throws IOException;

    /** The SHA-256 and size of the file at {@code path}, which must exist (marked not written). */
    StoredFile inspect(String path) throws IOException;

    /** The bag at {@code path}, when one is there complete. */
    Optional<StoredFile> completeBag(String path) throws IOException;

    /**
     * Writes the bag of {@code article} at {@code path} atomically, replacing any bag there.
     *
     * @param exporters    the formats the bag holds
     * @param originalName the name the original input gets under {@code data/original/}
     * @param original     the input's bytes
     * @param warnings     receives what the exporters had to change
     */
    StoredFile writeBag(String path, Article article, List<ArticleExporter> exporters, String originalName,
                        byte[] original, List<String> warnings) throws IOException;

    /**
     * Deletes temporary files and folders that killed writers left in {@code folder} (relative to the root), and
     * returns how many. Only names of the form {@code .NAME.DIGITS} or {@code .NAME.DIGITS.part} are touched.
     */
    int removeStaleTemporaries(String folder) throws IOException;
}

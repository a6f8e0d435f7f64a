package io.tearsheet.spark.internal;

import java.util.Objects;

/**
 * One output as the catalog records it.
 *
 * @param path    where it is, relative to the output root, with {@code /} separators
 * @param sha256  its SHA-256 (for a bag: of its tag manifest, which fixes every other file of the bag)
 * @param size    its size in bytes (for a bag: of all its files)
 * @param written whether this run wrote it (false: it was already there, complete)
 */
public record StoredFile(String path, String sha256, long size, boolean written) {
    public StoredFile {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(sha256, "sha256 must not be null");
    }
}

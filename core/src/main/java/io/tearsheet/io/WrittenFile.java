package io.tearsheet.io;

import java.nio.file.Path;

/**
 * A file {@link AtomicFiles} put in place, with its fixity.
 *
 * @param path   where it is
 * @param sha256 lower-case hex SHA-256 of its bytes
 * @param size   its length in bytes
 * @since 0.1.0
 */
public record WrittenFile(Path path, String sha256, long size) {
}

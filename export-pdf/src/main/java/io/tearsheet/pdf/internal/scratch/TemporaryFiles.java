package io.tearsheet.pdf.internal.scratch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary files that must not outlive the process: each is deleted by whoever made it (after success or
 * failure), and whatever is left when the JVM shuts down (Ctrl-C, {@code System.exit}) is deleted by a shutdown
 * hook. {@code File.deleteOnExit} would do the last part but keeps every name it was given until exit.
 */
public final class TemporaryFiles {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Thread hook = new Thread(TemporaryFiles::deleteAll, "tearsheet-temporary-files");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private TemporaryFiles() {
    }

    /** A new empty temporary file, deleted at exit unless {@link #delete} deletes it first. */
    public static Path create(String prefix, String suffix) throws IOException {
        Path path = Files.createTempFile(prefix, suffix);
        LIVE.add(path);
        return path;
    }

    /** Deletes {@code path} if it is still there and forgets it. */
    public static void delete(Path path) throws IOException {
        try {
            Files.deleteIfExists(path);
        } finally {
            LIVE.remove(path);
        }
    }

    /** Whether {@code path} is waiting to be deleted; for tests. */
    static boolean isPending(Path path) {
        return LIVE.contains(path);
    }

    /** The files made and not yet deleted; for tests. */
    public static Set<Path> pending() {
        return Set.copyOf(LIVE);
    }

    private static void deleteAll() {
        for (Path path : LIVE) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException | RuntimeException e) {
                // Exiting anyway: nothing better to do than leave it.
            }
        }
    }
}

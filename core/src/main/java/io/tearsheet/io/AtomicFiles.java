package io.tearsheet.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes files so that a reader never sees half of one: content goes to a hidden temporary file in the same
 * folder, is forced to disk, and is then moved over the target in one step. If writing fails, or the process
 * is killed, the target is either absent or the complete previous version; the temporary file is deleted on
 * failure (a killed process may leave a {@code .*.part} file, never a file under the target's name).
 *
 * <p>With {@link #writeWithChecksum}, a {@code NAME.sha256} sidecar in {@code sha256sum} format is written
 * after the file, so a file with a matching sidecar is known to be complete.
 *
 * @since 0.1.0
 */
public final class AtomicFiles {
    /** The extension of checksum sidecars. */
    public static final String CHECKSUM_EXTENSION = ".sha256";

    /**
     * Temporary files being written right now, so that a JVM stopped by SIGTERM or Ctrl-C deletes them on its way out
     * instead of leaving partial files behind. (A SIGKILL cannot be caught; {@link #removeStaleTemporaries} cleans up
     * after it.) This is the one piece of global state in Tearsheet: it exists because shutdown is global.
     */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    /**
     * Writers hold the read lock while they create and register a temporary file, the shutdown hook the write
     * lock while it stops new ones: worker threads keep running while the hook does, and a file created just
     * after the hook had looked would otherwise outlive the JVM.
     */
    private static final ReentrantReadWriteLock REGISTRATION = new ReentrantReadWriteLock();
    /** Set once by the shutdown hook, under the write lock; no temporary file is made after it. */
    private static boolean stopping;
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9]+\\.part");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            REGISTRATION.writeLock().lock();
            try {
                stopping = true;
            } finally {
                REGISTRATION.writeLock().unlock();
            }
            for (Path temp : IN_FLIGHT) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // the JVM is exiting; nothing more can be done about this one
                }
            }
        }, "tearsheet-temporary-cleanup"));
    }

    private AtomicFiles() {
    }

    /**
     * Deletes temporary files that an earlier, killed run left in {@code directory} and its subfolders, and returns
     * how many there were. Only names of the form {@code .NAME.DIGITS.part}, which this class makes, are touched.
     */
    public static int removeStaleTemporaries(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> TEMPORARY.matcher(String.valueOf(f.getFileName())).matches())
                    .filter(f -> !IN_FLIGHT.contains(f.toAbsolutePath())).toList()) {
                if (Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /**
     * Writes {@code target} atomically.
     *
     * @throws IOException when writing fails; the target is then unchanged
     */
    public static WrittenFile write(Path target, OutputWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        Path temp = createTemporary(directory, absolute.getFileName().toString());
        boolean moved = false;
        try {
            MessageDigest digest = Sha256.newDigest();
            long size;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                CountingOutputStream counting = new CountingOutputStream(new DigestOutputStream(
                        new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024), digest));
                writer.writeTo(counting);
                counting.flush();
                channel.force(true);
                size = counting.count;
            }
            shareable(temp);
            move(temp, absolute);
            moved = true;
            return new WrittenFile(absolute, HexFormat.of().formatHex(digest.digest()), size);
        } finally {
            try {
                if (!moved) {
                    Files.deleteIfExists(temp);
                }
            } finally {
                IN_FLIGHT.remove(temp);
            }
        }
    }

    /** A new temporary file beside the target, registered for deletion at shutdown; refused once shutdown began. */
    private static Path createTemporary(Path directory, String name) throws IOException {
        REGISTRATION.readLock().lock();
        try {
            if (stopping) {
                throw new IOException("not writing " + name + ": the program is shutting down");
            }
            Path temp = Files.createTempFile(directory, "." + name + ".", ".part");
            IN_FLIGHT.add(temp);
            return temp;
        } finally {
            REGISTRATION.readLock().unlock();
        }
    }

    /**
     * Writes {@code target} atomically, then its {@code target.sha256} sidecar.
     *
     * @throws IOException when writing either fails
     */
    public static WrittenFile writeWithChecksum(Path target, OutputWriter writer) throws IOException {
        WrittenFile written = write(target, writer);
        String line = written.sha256() + "  " + written.path().getFileName() + "\n";
        write(checksumPath(written.path()), out -> out.write(line.getBytes(StandardCharsets.UTF_8)));
        return written;
    }

    /** Where the checksum sidecar of {@code file} goes. */
    public static Path checksumPath(Path file) {
        return file.resolveSibling(file.getFileName() + CHECKSUM_EXTENSION);
    }

    /**
     * Whether {@code file} exists with a sidecar whose checksum matches its bytes: a finished output that a
     * resumed run may skip.
     */
    public static boolean isComplete(Path file) throws IOException {
        Path sidecar = checksumPath(file);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(sidecar)) {
            return false;
        }
        String line = Files.readString(sidecar, StandardCharsets.UTF_8);
        int space = line.indexOf(' ');
        return space == 64 && line.substring(0, 64).equals(Sha256.hex(file));
    }

    /** Temporary files are private to their owner; the finished file is readable by others, as any output would be. */
    private static void shareable(Path file) throws IOException {
        if (hasPosixPermissions(file.getParent())) {
            Files.setPosixFilePermissions(file, SHAREABLE);
        }
    }

    private static final Set<PosixFilePermission> SHAREABLE = PosixFilePermissions.fromString("rw-r--r--");
    /**
     * Whether each output folder's file system keeps POSIX permissions, looked up once per folder: finding a file's
     * store reads the system's table of mounts, a fifth of a millisecond for every file of a batch.
     */
    private static final Map<Path, Boolean> POSIX_FOLDERS = new ConcurrentHashMap<>();
    private static final int MAX_KNOWN_FOLDERS = 1024;

    private static boolean hasPosixPermissions(Path directory) throws IOException {
        Boolean known = POSIX_FOLDERS.get(directory);
        if (known == null) {
            known = Files.getFileStore(directory).supportsFileAttributeView(PosixFileAttributeView.class);
            if (POSIX_FOLDERS.size() >= MAX_KNOWN_FOLDERS) {
                POSIX_FOLDERS.clear(); // a long-running process writing into ever new folders keeps a bounded table
            }
            POSIX_FOLDERS.put(directory, known);
        }
        return known;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        /** Writers may close what they are given; the channel is ours to force and close. */
        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

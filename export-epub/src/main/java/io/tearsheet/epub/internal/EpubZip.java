package io.tearsheet.epub.internal;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The EPUB container (OCF zip): {@code mimetype} first and stored uncompressed, then every other entry deflated,
 * in the order the caller writes them. Every entry gets the same time, given as a UTC wall-clock time via
 * {@link ZipEntry#setTimeLocal}, so the bytes never depend on the clock or the JVM's time zone; the time is
 * clamped to the DOS range (1980–2107) so that no extended-timestamp extra field is ever written (such a field
 * would also depend on the JVM's time zone).
 *
 * <p>Entry names are always constants or made from numbers by the caller, never from article text.
 *
 * @see <a href="https://www.w3.org/TR/epub-33/#sec-container-zip">EPUB 3.3, ZIP container</a>
 */
public final class EpubZip {
    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
    /**
     * Two seconds past the DOS epoch: {@code ZipEntry} takes 1980-01-01T00:00:00 itself to mean "before 1980" and
     * then adds an extended timestamp computed in the JVM's time zone.
     */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
    private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private final ZipOutputStream zip;
    private final LocalDateTime entryTime;
    private final Set<String> names = new HashSet<>();
    private boolean entryOpen;

    /**
     * Starts a container on {@code out} and writes the {@code mimetype} entry. {@code out} is not closed by
     * {@link #finish()}.
     */
    public EpubZip(OutputStream out, Instant time) throws IOException {
        this.zip = new ZipOutputStream(new UnclosableOutputStream(out), StandardCharsets.UTF_8);
        this.entryTime = dosTime(time);
        writeMimetype();
    }

    /** {@code time} in UTC, within what a DOS date can hold, to the even second it stores. */
    static LocalDateTime dosTime(Instant time) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(
                Math.max(Math.min(time.getEpochSecond(), LATEST.toEpochSecond(ZoneOffset.UTC)),
                        EARLIEST.toEpochSecond(ZoneOffset.UTC)), 0, ZoneOffset.UTC);
        return utc.minusSeconds(utc.getSecond() % 2).truncatedTo(ChronoUnit.SECONDS);
    }

    private void writeMimetype() throws IOException {
        ZipEntry entry = newEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(MIMETYPE.length);
        entry.setCompressedSize(MIMETYPE.length);
        CRC32 crc = new CRC32();
        crc.update(MIMETYPE);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(MIMETYPE);
        zip.closeEntry();
    }

    /**
     * Opens a deflated text entry and returns a UTF-8 writer for it; the entry ends when the writer is closed
     * (which leaves the container open).
     *
     * @throws IllegalStateException when an entry is already open or the name was used before
     */
    public Writer text(String name) throws IOException {
        if (entryOpen) {
            throw new IllegalStateException("entry still open while starting " + name);
        }
        ZipEntry entry = newEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(entry);
        entryOpen = true;
        return new BufferedWriter(new OutputStreamWriter(new EntryStream(), StandardCharsets.UTF_8), 16 * 1024);
    }

    /**
     * Writes a binary entry stored as it is: images are compressed already, and deflating them again gains
     * nothing.
     *
     * @throws IllegalStateException when an entry is open or the name was used before
     */
    public void stored(String name, byte[] content) throws IOException {
        if (entryOpen) {
            throw new IllegalStateException("entry still open while starting " + name);
        }
        ZipEntry entry = newEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** Writes a whole text entry at once. */
    public void text(String name, String content) throws IOException {
        try (Writer writer = text(name)) {
            writer.write(content);
        }
    }

    /** Writes the central directory and flushes; the underlying stream stays open. */
    public void finish() throws IOException {
        if (entryOpen) {
            throw new IllegalStateException("an entry is still open");
        }
        zip.finish();
        zip.flush();
    }

    private ZipEntry newEntry(String name) {
        if (!names.add(name)) {
            throw new IllegalStateException("zip entry written twice: " + name);
        }
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(entryTime);
        return entry;
    }

    /** The open entry's stream: closing it ends the entry, not the container. */
    private final class EntryStream extends FilterOutputStream {
        private boolean closed;

        EntryStream() {
            super(zip);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            zip.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                zip.closeEntry();
                entryOpen = false;
            }
        }
    }

    /** Keeps the caller's stream open: exporters flush but never close what they are given. */
    private static final class UnclosableOutputStream extends FilterOutputStream {
        UnclosableOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

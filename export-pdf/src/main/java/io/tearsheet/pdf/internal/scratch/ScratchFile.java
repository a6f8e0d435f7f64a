package io.tearsheet.pdf.internal.scratch;

import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessStreamCache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Every stream of a document in one temporary file, in pages of {@value #PAGE_SIZE} bytes, with nothing of a
 * stream's content kept in the heap: only its list of page numbers. PDFBox's own temp-file cache keeps one page
 * of every stream in memory as long as the stream lives, 4 KB per content stream, font and embedded file, which
 * grows with the book; here one page is buffered for the whole file, for the stream being written, and one for
 * reading. The file is deleted on {@link #close()} and, failing that, at exit ({@link TemporaryFiles}).
 * Synchronized: streams may be read while another is written. For a {@code PDDocument} of unbounded size.
 */
public final class ScratchFile implements RandomAccessStreamCache {
    static final int PAGE_SIZE = 4096;

    private final Path path;
    private final FileChannel channel;
    private int pages;
    private int[] free = new int[16];
    private int freeCount;
    private final byte[] writePage = new byte[PAGE_SIZE];
    private int writePageNumber = -1;
    private boolean writePageDirty;
    private final byte[] readPage = new byte[PAGE_SIZE];
    private int readPageNumber = -1;
    private boolean closed;

    private ScratchFile() throws IOException {
        path = TemporaryFiles.create("tearsheet-scratch-", ".tmp");
        try {
            channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            TemporaryFiles.delete(path);
            throw e;
        }
    }

    /** A new scratch file; the {@code PDDocument} that uses it closes it. */
    public static ScratchFile create() throws IOException {
        return new ScratchFile();
    }

    /** The file, while open; for tests. */
    Path path() {
        return path;
    }

    @Override
    public RandomAccess createBuffer() throws IOException {
        checkOpen();
        return new ScratchBuffer(this);
    }

    synchronized int allocate() throws IOException {
        checkOpen();
        return freeCount > 0 ? free[--freeCount] : pages++;
    }

    synchronized void release(int[] numbers, int count) {
        if (closed) {
            return;
        }
        if (freeCount + count > free.length) {
            free = Arrays.copyOf(free, Math.max(free.length * 2, freeCount + count));
        }
        System.arraycopy(numbers, 0, free, freeCount, count);
        freeCount += count;
    }

    synchronized void write(int page, int offset, byte[] bytes, int from, int length) throws IOException {
        checkOpen();
        if (page != writePageNumber) {
            flush();
            load(page, writePage);
            writePageNumber = page;
        }
        System.arraycopy(bytes, from, writePage, offset, length);
        writePageDirty = true;
        if (page == readPageNumber) {
            readPageNumber = -1;
        }
    }

    synchronized void read(int page, int offset, byte[] bytes, int to, int length) throws IOException {
        checkOpen();
        byte[] source;
        if (page == writePageNumber) {
            source = writePage;
        } else {
            if (page != readPageNumber) {
                load(page, readPage);
                readPageNumber = page;
            }
            source = readPage;
        }
        System.arraycopy(source, offset, bytes, to, length);
    }

    private void flush() throws IOException {
        if (writePageDirty) {
            ByteBuffer buffer = ByteBuffer.wrap(writePage);
            long position = (long) writePageNumber * PAGE_SIZE;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            writePageDirty = false;
        }
    }

    /** Reads a page; the part past the end of the file (never written yet) reads as zeros. */
    private void load(int page, byte[] into) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(into);
        long position = (long) page * PAGE_SIZE;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position + buffer.position());
            if (read < 0) {
                Arrays.fill(into, buffer.position(), PAGE_SIZE, (byte) 0);
                break;
            }
        }
    }

    private void checkOpen() throws IOException {
        if (closed) {
            throw new IOException("scratch file closed");
        }
    }

    /** Deletes the file; its buffers cannot be used afterwards. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.close();
        } finally {
            TemporaryFiles.delete(path);
        }
    }
}

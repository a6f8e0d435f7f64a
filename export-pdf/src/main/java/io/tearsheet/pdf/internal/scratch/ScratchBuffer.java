package io.tearsheet.pdf.internal.scratch;

import org.apache.pdfbox.io.RandomAccess;
import org.apache.pdfbox.io.RandomAccessReadView;

import java.io.IOException;
import java.util.Arrays;

/**
 * One stream's bytes in a {@link ScratchFile}: the numbers of its pages there, its length and a position. Holds
 * no content itself.
 */
final class ScratchBuffer implements RandomAccess {
    private static final int PAGE_SIZE = ScratchFile.PAGE_SIZE;

    private final ScratchFile file;
    private final byte[] one = new byte[1];
    private int[] pages = new int[4];
    private int pageCount;
    private long length;
    private long position;
    private boolean closed;

    ScratchBuffer(ScratchFile file) {
        this.file = file;
    }

    @Override
    public void write(int b) throws IOException {
        one[0] = (byte) b;
        write(one, 0, 1);
    }

    @Override
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        checkOpen();
        while (len > 0) {
            int index = (int) (position / PAGE_SIZE);
            while (index >= pageCount) {
                if (pageCount == pages.length) {
                    pages = Arrays.copyOf(pages, pages.length * 2);
                }
                pages[pageCount++] = file.allocate();
            }
            int inPage = (int) (position % PAGE_SIZE);
            int n = Math.min(len, PAGE_SIZE - inPage);
            file.write(pages[index], inPage, b, off, n);
            position += n;
            off += n;
            len -= n;
            length = Math.max(length, position);
        }
    }

    @Override
    public int read() throws IOException {
        return read(one, 0, 1) == 1 ? one[0] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkOpen();
        if (len == 0) {
            return 0;
        }
        if (position >= length) {
            return -1;
        }
        int total = (int) Math.min(len, length - position);
        int remaining = total;
        while (remaining > 0) {
            int index = (int) (position / PAGE_SIZE);
            int inPage = (int) (position % PAGE_SIZE);
            int n = Math.min(remaining, PAGE_SIZE - inPage);
            file.read(pages[index], inPage, b, off, n);
            position += n;
            off += n;
            remaining -= n;
        }
        return total;
    }

    @Override
    public long getPosition() throws IOException {
        checkOpen();
        return position;
    }

    @Override
    public void seek(long newPosition) throws IOException {
        checkOpen();
        if (newPosition < 0) {
            throw new IOException("negative position: " + newPosition);
        }
        position = Math.min(newPosition, length);
    }

    @Override
    public long length() throws IOException {
        checkOpen();
        return length;
    }

    @Override
    public boolean isEOF() throws IOException {
        checkOpen();
        return position >= length;
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
        checkOpen();
        return new RandomAccessReadView(this, startPosition, streamLength);
    }

    @Override
    public void clear() throws IOException {
        checkOpen();
        file.release(pages, pageCount);
        pageCount = 0;
        length = 0;
        position = 0;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            file.release(pages, pageCount);
            pageCount = 0;
            pages = null;
        }
    }

    private void checkOpen() throws IOException {
        if (closed) {
            throw new IOException("scratch buffer closed");
        }
    }
}

package io.tearsheet.bench;

import java.io.OutputStream;

/**
 * An output stream that keeps nothing and counts the bytes: exporters are measured without the cost of growing a
 * buffer or writing a file, and the count (returned to JMH) keeps the work from being optimised away.
 */
public final class Sink extends OutputStream {
    private long count;

    @Override
    public void write(int b) {
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        count += len;
    }

    /** Bytes written since the last {@link #reset()}. */
    public long count() {
        return count;
    }

    /** Starts counting again from zero. */
    public Sink reset() {
        count = 0;
        return this;
    }
}

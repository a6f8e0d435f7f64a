package io.tearsheet.warc.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Finds where the next record starts after damage, so that one bad record costs only itself: in a compressed file,
 * the next gzip member whose content starts like a WARC record; in an uncompressed one, the next
 * {@code WARC/1.x} version line after the blank lines that end a record.
 */
final class RecordStarts {
    private static final int CHUNK = 64 * 1024;
    private static final byte[] WARC = "WARC/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PLAIN_START = "\r\n\r\nWARC/1.".getBytes(StandardCharsets.US_ASCII);

    private RecordStarts() {
    }

    /** The offset of the first record start at or after {@code from}, or -1 when there is none. */
    static long next(SeekableByteChannel channel, long from, boolean gzip) throws IOException {
        return gzip ? nextMember(channel, from) : nextVersionLine(channel, from);
    }

    private static long nextMember(SeekableByteChannel channel, long from) throws IOException {
        long size = channel.size();
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK + 2);
        for (long base = from; base < size; base += CHUNK) {
            buffer.clear();
            int read = readAt(channel, base, buffer);
            for (int i = 0; i + 2 < read; i++) {
                if ((buffer.get(i) & 0xff) == 0x1f && (buffer.get(i + 1) & 0xff) == 0x8b && buffer.get(i + 2) == 8
                        && startsWarcMember(channel, base + i)) {
                    return base + i;
                }
            }
        }
        return -1;
    }

    private static boolean startsWarcMember(SeekableByteChannel channel, long offset) throws IOException {
        channel.position(offset);
        InputStream raw = Channels.newInputStream(channel);
        // Closing the gzip stream frees its inflater and leaves the channel open: only the member's start is read.
        try (GZIPInputStream gunzip = new GZIPInputStream(new Unclosed(raw), 512)) {
            byte[] start = gunzip.readNBytes(WARC.length);
            return java.util.Arrays.equals(start, WARC);
        } catch (IOException e) {
            return false;
        }
    }

    private static long nextVersionLine(SeekableByteChannel channel, long from) throws IOException {
        long size = channel.size();
        if (from <= 0) {
            return 0;
        }
        // The record before ends with CRLF CRLF, so search from four bytes earlier for CRLF CRLF "WARC/1.".
        long start = Math.max(0, from - 4);
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK + PLAIN_START.length);
        for (long base = start; base < size; base += CHUNK) {
            buffer.clear();
            int read = readAt(channel, base, buffer);
            for (int i = 0; i + PLAIN_START.length <= read; i++) {
                if (matches(buffer, i, PLAIN_START) && base + i + 4 >= from) {
                    return base + i + 4;
                }
            }
        }
        return -1;
    }

    private static boolean matches(ByteBuffer buffer, int at, byte[] pattern) {
        for (int j = 0; j < pattern.length; j++) {
            if (buffer.get(at + j) != pattern[j]) {
                return false;
            }
        }
        return true;
    }

    private static int readAt(SeekableByteChannel channel, long position, ByteBuffer buffer) throws IOException {
        channel.position(position);
        int total = 0;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    /** An input stream whose close leaves the stream below open. */
    private static final class Unclosed extends java.io.FilterInputStream {
        Unclosed(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}

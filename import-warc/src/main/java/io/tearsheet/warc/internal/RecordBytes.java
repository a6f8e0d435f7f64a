package io.tearsheet.warc.internal;

import io.tearsheet.read.ReadException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;

/** The bytes of records exactly as their file holds them, each a WARC file of its own. */
public final class RecordBytes {
    private RecordBytes() {
    }

    /**
     * The {@code length} bytes at {@code offset} of {@code file}.
     *
     * @throws IOException when the file cannot be read or is shorter than that
     */
    public static byte[] read(Path file, long offset, long length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(channel, offset, length);
        }
    }

    /** The {@code length} bytes at {@code offset} of {@code channel}. */
    public static byte[] read(SeekableByteChannel channel, long offset, long length) throws IOException {
        if (length < 0 || length > Integer.MAX_VALUE - 16) {
            throw new ReadException("the record at offset " + offset + " is too large to read whole (" + length
                    + " bytes)");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) length);
        channel.position(offset);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new java.io.EOFException("the file ends " + buffer.remaining() + " bytes before the record does");
            }
        }
        return buffer.array();
    }

    /**
     * Two records as one WARC file: as they are when both are compressed or both are not, otherwise both
     * uncompressed (a file's gzip members cannot be mixed with plain records).
     */
    public static byte[] join(byte[] first, byte[] second) throws IOException {
        boolean a = gzip(first);
        boolean b = gzip(second);
        ByteArrayOutputStream out = new ByteArrayOutputStream(first.length + second.length);
        out.write(a == b ? first : plain(first));
        out.write(a == b ? second : plain(second));
        return out.toByteArray();
    }

    /** Whether these bytes start a gzip member. */
    public static boolean gzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private static byte[] plain(byte[] bytes) throws IOException {
        if (!gzip(bytes)) {
            return bytes;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}

package io.tearsheet.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Damages test archives the ways archives get damaged. */
final class Damage {
    private Damage() {
    }

    /** Cuts the last {@code bytes} bytes off, as an interrupted copy does. */
    static void truncate(Path file, int bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - bytes);
        }
    }

    /** Replaces the first {@code from} at or after {@code offset} with {@code to} (the same length). */
    static void replace(Path file, long offset, String from, String to) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(from, (int) offset);
        byte[] replacement = to.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(replacement, 0, bytes, at, replacement.length);
        Files.write(file, bytes);
    }

    /** Changes the Content-Length of the record at {@code offset} by {@code delta}, keeping the file's size. */
    static void changeContentLength(Path file, long offset, int delta) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("Content-Length: (\\d+)").matcher(text);
        m.find((int) offset);
        String old = m.group(1);
        String changed = String.valueOf(Long.parseLong(old) + delta);
        // keep the header's width, so that only the declared length is wrong
        while (changed.length() < old.length()) {
            changed = "0" + changed;
        }
        replace(file, m.start(1), old, changed);
    }

    /** Overwrites {@code length} bytes at {@code offset} with a pattern, as bad sectors do. */
    static void scramble(Path file, long offset, int length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            byte[] junk = new byte[length];
            for (int i = 0; i < length; i++) {
                junk[i] = (byte) (i * 37 + 11);
            }
            channel.write(ByteBuffer.wrap(junk), offset);
        }
    }
}

package io.tearsheet.pdf.internal.page;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes the operators of one page's content stream. Numbers are written with at most three decimals, the
 * same way on every JVM and in every locale, so output is byte-for-byte repeatable. Not thread-safe.
 */
final class ContentWriter {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private final ByteBuffer out = new ByteBuffer();

    ContentWriter number(double value) {
        long thousandths = Math.round(value * 1000);
        if (thousandths < 0) {
            out.write('-');
            thousandths = -thousandths;
        }
        digits(thousandths / 1000);
        int fraction = (int) (thousandths % 1000);
        if (fraction != 0) {
            out.write('.');
            out.write('0' + fraction / 100);
            if (fraction % 100 != 0) {
                out.write('0' + fraction / 10 % 10);
                if (fraction % 10 != 0) {
                    out.write('0' + fraction % 10);
                }
            }
        }
        out.write(' ');
        return this;
    }

    /** Writes a non-negative whole number in decimal digits, without a String in between. */
    private void digits(long value) {
        if (value >= 10) {
            digits(value / 10);
        }
        out.write((int) ('0' + value % 10));
    }

    ContentWriter name(String name) {
        return raw("/").raw(name).raw(" ");
    }

    ContentWriter operator(String operator) {
        return raw(operator).raw("\n");
    }

    ContentWriter hex(byte[] bytes) {
        out.write('<');
        for (byte b : bytes) {
            out.write(HEX[(b >> 4) & 0xF]);
            out.write(HEX[b & 0xF]);
        }
        out.write('>');
        out.write(' ');
        return this;
    }

    /** {@code /Tag <</MCID n>> BDC}: starts tagged content. */
    ContentWriter beginTagged(String tag, int mcid) {
        return raw("/").raw(tag).raw(" <</MCID ").raw(Integer.toString(mcid)).raw(">> BDC\n");
    }

    /**
     * {@code /Span <</ActualText (…)>> BDC}: the glyphs that follow stand for {@code text} (a placeholder for a
     * character no font has), so extraction and assistive technology get the real character.
     */
    ContentWriter beginActualText(String text) {
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16BE);
        byte[] marked = new byte[utf16.length + 2];
        marked[0] = (byte) 0xFE;
        marked[1] = (byte) 0xFF;
        System.arraycopy(utf16, 0, marked, 2, utf16.length);
        raw("/Span <</ActualText ");
        hex(marked);
        return raw(">> BDC\n");
    }

    /** {@code /Artifact BMC}: starts page furniture that assistive technology skips. */
    ContentWriter beginArtifact() {
        return raw("/Artifact BMC\n");
    }

    ContentWriter endMarked() {
        return operator("EMC");
    }

    ContentWriter fill(int rgb) {
        return color(rgb).operator("rg");
    }

    ContentWriter stroke(int rgb) {
        return color(rgb).operator("RG");
    }

    private ContentWriter color(int rgb) {
        return number(((rgb >> 16) & 0xFF) / 255.0).number(((rgb >> 8) & 0xFF) / 255.0).number((rgb & 0xFF) / 255.0);
    }

    /** Writes ASCII text (operators, names, punctuation) byte by byte. */
    ContentWriter raw(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.write(c < 0x80 ? c : '?');
        }
        return this;
    }

    boolean isEmpty() {
        return out.size() == 0;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    /** A growable byte array without {@link java.io.ByteArrayOutputStream}'s locking, for one page at a time. */
    private static final class ByteBuffer {
        private byte[] bytes = new byte[8192];
        private int size;

        void write(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = (byte) b;
        }

        int size() {
            return size;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }
    }
}

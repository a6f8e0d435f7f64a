package io.tearsheet.pdf.internal.page;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the operators of one page's content stream. Numbers are written with at most three decimals, the
 * same way on every JVM and in every locale, so output is byte-for-byte repeatable. Not thread-safe.
 */
final class ContentWriter {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);

    ContentWriter number(double value) {
        long thousandths = Math.round(value * 1000);
        if (thousandths < 0) {
            raw("-");
            thousandths = -thousandths;
        }
        raw(Long.toString(thousandths / 1000));
        long fraction = thousandths % 1000;
        if (fraction != 0) {
            String digits = Long.toString(1000 + fraction).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            raw(".").raw(digits.substring(0, end));
        }
        return raw(" ");
    }

    ContentWriter name(String name) {
        return raw("/").raw(name).raw(" ");
    }

    ContentWriter operator(String operator) {
        return raw(operator).raw("\n");
    }

    ContentWriter hex(byte[] bytes) {
        StringBuilder s = new StringBuilder(bytes.length * 2 + 2).append('<');
        for (byte b : bytes) {
            s.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        return raw(s.append("> ").toString());
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
        byte[] utf16 = text.getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
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

    ContentWriter raw(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        out.write(bytes, 0, bytes.length);
        return this;
    }

    boolean isEmpty() {
        return out.size() == 0;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}

package io.tearsheet.export;

import java.io.ByteArrayOutputStream;

/** Image headers made byte by byte: core reads only headers, so no pixels are needed. */
final class TestImages {
    private TestImages() {
    }

    /** The start of a PNG: signature and IHDR. */
    static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        int32(out, width);
        int32(out, height);
        out.writeBytes(new byte[]{8, 2, 0, 0, 0, 0, 0, 0, 0});
        return out.toByteArray();
    }

    /** The start of a JPEG: SOI, an APP0 segment, then a baseline frame header with {@code components}. */
    static byte[] jpeg(int width, int height, int components) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16,
                'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0});
        out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xC0, 0, (byte) (8 + 3 * components), 8,
                (byte) (height >> 8), (byte) height, (byte) (width >> 8), (byte) width, (byte) components});
        for (int c = 1; c <= components; c++) {
            out.writeBytes(new byte[]{(byte) c, 0x11, 0});
        }
        out.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    static byte[] gif(int width, int height) {
        return new byte[]{'G', 'I', 'F', '8', '9', 'a', (byte) width, (byte) (width >> 8), (byte) height,
                (byte) (height >> 8), 0, 0, 0};
    }

    private static void int32(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}

package io.tearsheet.export.internal;

import io.tearsheet.export.Image;

import java.util.Optional;

/**
 * Reads what the first bytes of a JPEG, PNG or GIF say: the format, from its signature, and the size in pixels, from
 * its header. Nothing is decoded, so a hostile file costs no more than the bytes already read.
 */
public final class ImageHeaders {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private ImageHeaders() {
    }

    /**
     * The format and size of an image.
     *
     * @param mediaType one of the media types of {@link Image}
     * @param width     pixels across
     * @param height    pixels down
     */
    public record Header(String mediaType, int width, int height) {
    }

    /** The media type the bytes' signature names, or null when they are no JPEG, PNG or GIF. */
    public static String mediaType(byte[] b) {
        if (b == null) {
            return null;
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Image.JPEG;
        }
        if (b.length >= PNG_SIGNATURE.length && startsWith(b, PNG_SIGNATURE)) {
            return Image.PNG;
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8' && (b[4] == '7' || b[4] == '9')
                && b[5] == 'a') {
            return Image.GIF;
        }
        return null;
    }

    /** The header of a JPEG, PNG or GIF with a positive size, or empty. */
    public static Optional<Header> read(byte[] b) {
        String type = mediaType(b);
        if (type == null) {
            return Optional.empty();
        }
        int[] size = switch (type) {
            case Image.PNG -> pngSize(b);
            case Image.GIF -> gifSize(b);
            default -> jpegFrame(b);
        };
        if (size == null || size[0] <= 0 || size[1] <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Header(type, size[0], size[1]));
    }

    /** The number of colour components of a JPEG's frame (1 grey, 3 colour, 4 CMYK), or 0 when it has no frame. */
    public static int jpegComponents(byte[] b) {
        int[] frame = jpegFrame(b);
        return frame == null ? 0 : frame[2];
    }

    private static int[] pngSize(byte[] b) {
        // the IHDR chunk must come first: length (4), "IHDR" (4), width (4), height (4)
        if (b.length < 24 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            return null;
        }
        long width = int32(b, 16);
        long height = int32(b, 20);
        return width > Integer.MAX_VALUE || height > Integer.MAX_VALUE ? null : new int[]{(int) width, (int) height};
    }

    private static int[] gifSize(byte[] b) {
        if (b.length < 10) {
            return null;
        }
        return new int[]{(b[6] & 0xFF) | (b[7] & 0xFF) << 8, (b[8] & 0xFF) | (b[9] & 0xFF) << 8};
    }

    /** Width, height and components from the first start-of-frame marker, walking the segments; null if none. */
    private static int[] jpegFrame(byte[] b) {
        int i = 2;
        while (i + 4 <= b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD8 || marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                i += 2;
                continue;
            }
            int length = (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (i + 10 > b.length) {
                    return null;
                }
                int height = (b[i + 5] & 0xFF) << 8 | (b[i + 6] & 0xFF);
                int width = (b[i + 7] & 0xFF) << 8 | (b[i + 8] & 0xFF);
                return new int[]{width, height, b[i + 9] & 0xFF};
            }
            if (marker == 0xD9 || marker == 0xDA || length < 2) {
                return null;
            }
            i += 2 + length;
        }
        return null;
    }

    private static long int32(byte[] b, int at) {
        return (long) (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

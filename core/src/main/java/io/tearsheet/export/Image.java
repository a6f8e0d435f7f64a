package io.tearsheet.export;

import io.tearsheet.export.internal.ImageHeaders;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A picture's bytes as found for a figure, with what its first bytes say about it. The media type is read from the
 * bytes' signature, never from a file name, so a {@code .jpg} that is really a PNG is a PNG and a page's
 * {@code photo.jpg} that is really HTML is no image at all.
 *
 * @param bytes     the file's bytes, unchanged (copied in and out)
 * @param mediaType {@link #JPEG}, {@link #PNG} or {@link #GIF}
 * @param width     the width in pixels from the header
 * @param height    the height in pixels from the header
 * @since 0.1.0
 */
public record Image(byte[] bytes, String mediaType, int width, int height) {
    /** JPEG (JFIF or Exif). */
    public static final String JPEG = "image/jpeg";
    /** PNG. */
    public static final String PNG = "image/png";
    /** GIF (87a or 89a). */
    public static final String GIF = "image/gif";

    public Image {
        bytes = Objects.requireNonNull(bytes, "bytes must not be null").clone();
        Objects.requireNonNull(mediaType, "mediaType must not be null");
        if (!mediaType.equals(JPEG) && !mediaType.equals(PNG) && !mediaType.equals(GIF)) {
            throw new IllegalArgumentException("not an image type Tearsheet embeds: " + mediaType);
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an image needs a positive width and height, not " + width + "x"
                    + height);
        }
    }

    /**
     * The image these bytes are, when they start like a JPEG, PNG or GIF whose header gives a size; empty for
     * anything else (other formats, truncated headers, HTML error pages saved under an image's name).
     */
    public static Optional<Image> of(byte[] bytes) {
        return ImageHeaders.read(bytes).map(h -> new Image(bytes, h.mediaType(), h.width(), h.height()));
    }

    /** The media type these bytes start like ({@code image/jpeg}, {@code image/png}, {@code image/gif}), if any. */
    public static Optional<String> detectMediaType(byte[] bytes) {
        return Optional.ofNullable(ImageHeaders.mediaType(bytes));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** How many bytes the image has, without copying them. */
    public int size() {
        return bytes.length;
    }

    /** The usual file extension of the media type: {@code jpg}, {@code png} or {@code gif}. */
    public String extension() {
        return switch (mediaType) {
            case JPEG -> "jpg";
            case PNG -> "png";
            default -> "gif";
        };
    }

    /**
     * Whether this is a JPEG of four colour components (CMYK or YCCK), which formats tied to RGB, like PDF/A with an
     * sRGB output intent, cannot show as they are.
     */
    public boolean isFourComponentJpeg() {
        return mediaType.equals(JPEG) && ImageHeaders.jpegComponents(bytes) == 4;
    }

    /** The SHA-256 of the bytes, in lower-case hex: the same picture found twice has the same digest. */
    public String digest() {
        return io.tearsheet.io.Sha256.hex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Image that && Arrays.equals(bytes, that.bytes) && mediaType.equals(that.mediaType)
                && width == that.width && height == that.height;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(bytes), mediaType, width, height);
    }

    @Override
    public String toString() {
        return "Image[" + mediaType + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
    }
}

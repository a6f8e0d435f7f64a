package io.tearsheet.export;

/**
 * How large an image {@link ImageResolver#folder(java.nio.file.Path, ImageLimits)} accepts. Both limits guard the
 * exporters' memory: the file size what is read, the pixel count what a decoder would allocate (a small PNG can
 * claim a billion pixels).
 *
 * @param maxBytes  the largest file, in bytes
 * @param maxPixels the most pixels (width × height) the header may claim
 * @since 0.1.0
 */
public record ImageLimits(long maxBytes, long maxPixels) {
    /** 20 MB and 50 megapixels: far above a news photograph, far below what exhausts a default heap. */
    public static final ImageLimits DEFAULT = new ImageLimits(20L * 1024 * 1024, 50_000_000L);

    public ImageLimits {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes must be between 1 and about 2 GB, not " + maxBytes);
        }
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("maxPixels must be positive, not " + maxPixels);
        }
    }
}

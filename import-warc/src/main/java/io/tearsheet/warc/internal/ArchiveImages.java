package io.tearsheet.warc.internal;

import io.tearsheet.export.Image;
import io.tearsheet.export.ImageLimits;
import io.tearsheet.export.ImageLookup;
import io.tearsheet.export.ImageResolver;
import io.tearsheet.read.ReadException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds figures' images among the captures of the web archives a page came from: an image address that the crawl
 * fetched with status 200 is read from its record, so a book of a crawl shows the pictures the crawl kept. Nothing
 * is fetched from the web. Immutable and thread-safe.
 */
public final class ArchiveImages implements ImageResolver {
    static final String NOT_CAPTURED = "was not captured in the web archive";

    /** Where an image's capture is. */
    public record Capture(Path file, long offset, long length) {
    }

    private final Map<String, Capture> captures;
    private final ImageLimits limits;

    /** @param captures image captures by address (without fragment) */
    public ArchiveImages(Map<String, Capture> captures, ImageLimits limits) {
        this.captures = Map.copyOf(captures);
        this.limits = limits;
    }

    @Override
    public ImageLookup lookup(String source) {
        if (source == null || source.isBlank()) {
            return ImageLookup.missing("has no address");
        }
        String address = withoutFragment(source.strip());
        Capture capture = captures.get(address);
        if (capture == null) {
            return ImageLookup.missing(address.startsWith("data:") ? "is a data: address, not a capture"
                    : NOT_CAPTURED);
        }
        if (capture.length() > limits.maxBytes() * 2 + 65536) {
            return ImageLookup.missing(tooLarge());
        }
        byte[] bytes;
        try {
            bytes = payload(RecordBytes.read(capture.file(), capture.offset(), capture.length()));
        } catch (ReadException e) {
            return ImageLookup.missing(tooLarge());
        } catch (IOException | RuntimeException e) {
            return ImageLookup.missing("could not be read from the web archive");
        }
        Optional<Image> image = Image.of(bytes);
        if (image.isEmpty()) {
            return ImageLookup.missing("is not a JPEG, PNG or GIF");
        }
        if ((long) image.get().width() * image.get().height() > limits.maxPixels()) {
            return ImageLookup.missing("has more than " + limits.maxPixels() + " pixels");
        }
        return ImageLookup.of(image.get());
    }

    private byte[] payload(byte[] record) throws IOException {
        try (WarcReader reader = new WarcReader(new ByteArrayInputStream(record))) {
            WarcRecord first = reader.next().orElseThrow(() -> new IOException("no record"));
            return Payloads.of(first, limits.maxBytes()).bytes();
        }
    }

    private String tooLarge() {
        return "is larger than " + limits.maxBytes() + " bytes";
    }

    /** An address as the index keeps it: without its fragment. */
    public static String withoutFragment(String address) {
        int hash = address.indexOf('#');
        return hash < 0 ? address : address.substring(0, hash);
    }
}

package io.tearsheet.export.internal;

import io.tearsheet.export.Image;
import io.tearsheet.export.ImageLimits;
import io.tearsheet.export.ImageLookup;
import io.tearsheet.export.ImageResolver;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads figures' images from the folder of a saved page, and from nowhere else. A source is first made a path
 * (relative to the folder, or a {@code file:} URI); it is used only when, normalised and with every link followed,
 * it is a regular file strictly inside the folder, so {@code ../}, absolute paths and symbolic links cannot reach
 * other files on the disk. Immutable and thread-safe.
 */
public final class FolderImageResolver implements ImageResolver {
    static final String NOT_FOUND = "was not found next to the input";
    static final String OUTSIDE = "is outside the input's folder and was not read";
    static final String REMOTE = "is on the web, and images are never fetched";
    static final String NOT_AN_IMAGE = "is not a JPEG, PNG or GIF";

    /** A scheme of two letters or more, so that a Windows drive letter is not taken for one. */
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]+):");
    private static final Pattern DATA_IMAGE = Pattern.compile("^data:image/[a-zA-Z0-9.+-]+(;[^,;]*=[^,;]*)*;base64,",
            Pattern.CASE_INSENSITIVE);

    private final Path folder;
    private final ImageLimits limits;

    public FolderImageResolver(Path folder, ImageLimits limits) {
        this.folder = Objects.requireNonNull(folder, "folder must not be null").toAbsolutePath().normalize();
        this.limits = Objects.requireNonNull(limits, "limits must not be null");
    }

    @Override
    public ImageLookup lookup(String source) {
        if (source == null || source.isBlank()) {
            return ImageLookup.missing("has no address");
        }
        String address = source.strip();
        var scheme = SCHEME.matcher(address);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            return switch (name) {
                case "file" -> fileUri(address);
                case "data" -> data(address);
                case "http", "https" -> ImageLookup.missing(REMOTE);
                default -> ImageLookup.missing("is not a file address");
            };
        }
        ImageLookup best = ImageLookup.missing(NOT_FOUND);
        for (String candidate : pathCandidates(address)) {
            ImageLookup lookup = read(candidate);
            if (lookup.image().isPresent()) {
                return lookup;
            }
            if (!lookup.problem().equals(NOT_FOUND) && best.problem().equals(NOT_FOUND)) {
                best = lookup;
            }
        }
        return best;
    }

    /**
     * The paths an address may name, in order: as written (readers keep saved images' paths as on disk, spaces
     * and all), then without a query or fragment, then percent-decoded as a URL path.
     */
    private static List<String> pathCandidates(String address) {
        List<String> candidates = new ArrayList<>();
        candidates.add(address);
        String bare = address;
        int cut = indexOfAny(bare, '?', '#');
        if (cut >= 0) {
            bare = bare.substring(0, cut);
            candidates.add(bare);
        }
        if (bare.indexOf('%') >= 0) {
            try {
                candidates.add(URLDecoder.decode(bare.replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // not a valid escape: the address was a path after all
            }
        }
        return candidates.stream().filter(c -> !c.isEmpty()).distinct().toList();
    }

    private ImageLookup fileUri(String address) {
        try {
            return read(Path.of(new URI(address)));
        } catch (IllegalArgumentException | java.net.URISyntaxException | java.nio.file.FileSystemNotFoundException e) {
            return ImageLookup.missing("is not a usable file address");
        }
    }

    private ImageLookup read(String relative) {
        try {
            return read(folder.resolve(relative));
        } catch (InvalidPathException e) {
            return ImageLookup.missing(NOT_FOUND);
        }
    }

    private ImageLookup read(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        if (!normal.startsWith(folder) || normal.equals(folder)) {
            return ImageLookup.missing(OUTSIDE);
        }
        Path real;
        try {
            real = normal.toRealPath();
            // links are followed before the check, so one pointing out of the folder is refused
            if (!real.startsWith(folder.toRealPath()) || !Files.isRegularFile(real)) {
                return ImageLookup.missing(Files.isRegularFile(real) ? OUTSIDE : NOT_FOUND);
            }
        } catch (NoSuchFileException e) {
            return ImageLookup.missing(NOT_FOUND);
        } catch (IOException | SecurityException e) {
            return ImageLookup.missing("could not be read");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(real)) {
            // read at most one byte past the limit rather than trust the size, which may change meanwhile
            bytes = in.readNBytes((int) limits.maxBytes() + 1);
        } catch (IOException | SecurityException e) {
            return ImageLookup.missing("could not be read");
        }
        return image(bytes);
    }

    private ImageLookup data(String address) {
        var prefix = DATA_IMAGE.matcher(address);
        if (!prefix.find()) {
            return ImageLookup.missing("is a data: address that holds no base64 image");
        }
        String payload = address.substring(prefix.end());
        if (payload.length() / 4L * 3 > limits.maxBytes() + 3) {
            return ImageLookup.missing(tooLarge());
        }
        try {
            return image(Base64.getMimeDecoder().decode(payload));
        } catch (IllegalArgumentException e) {
            return ImageLookup.missing("is a data: address that is not valid base64");
        }
    }

    private ImageLookup image(byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            return ImageLookup.missing(tooLarge());
        }
        Optional<Image> image = Image.of(bytes);
        if (image.isEmpty()) {
            return ImageLookup.missing(NOT_AN_IMAGE);
        }
        Image found = image.get();
        if ((long) found.width() * found.height() > limits.maxPixels()) {
            return ImageLookup.missing("has more than " + megapixels(limits.maxPixels()) + " megapixels ("
                    + found.width() + "x" + found.height() + ")");
        }
        return ImageLookup.of(found);
    }

    private String tooLarge() {
        long bytes = limits.maxBytes();
        return "is larger than " + (bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes");
    }

    private static String megapixels(long pixels) {
        return pixels % 1_000_000 == 0 ? String.valueOf(pixels / 1_000_000) : String.format(Locale.ROOT, "%.1f",
                pixels / 1e6);
    }

    private static int indexOfAny(String text, char a, char b) {
        int first = text.indexOf(a);
        int second = text.indexOf(b);
        if (first < 0) {
            return second;
        }
        return second < 0 ? first : Math.min(first, second);
    }
}

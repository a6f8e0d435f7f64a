package io.tearsheet.html.internal;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The address of the picture an {@code <img>} (or {@code <amp-img>}, or {@code <picture>}) shows, as written in the
 * page. Lazy-loading pages keep it in {@code data-src} and friends and put a placeholder in {@code src}; a
 * {@code srcset} gives several sizes, of which the largest is taken.
 */
public final class ImageSources {
    private static final String[] LAZY_ATTRIBUTES = {"data-src", "data-lazy-src", "data-original", "data-url",
            "data-hi-res-src", "data-full-src", "data-lazy"};
    private static final String[] PLACEHOLDER_WORDS = {"placeholder", "blank.gif", "spacer", "transparent.gif",
            "1x1", "pixel.gif", "grey.gif", "gray.gif", "loading.gif", "lazy.png", "lazyload"};
    private static final int SMALL_DATA_URI = 400;

    private ImageSources() {
    }

    /** The image's best address as written, or an empty string when it has none that shows a real picture. */
    public static String of(Element image) {
        List<String> candidates = candidates(image);
        return candidates.isEmpty() ? "" : candidates.get(0);
    }

    /**
     * Every real address the image gives, best first: the lazy-loading attributes, the largest {@code srcset}
     * candidate, a surrounding {@code <picture>}'s sources, then {@code src} (usually the small fallback).
     */
    public static List<String> candidates(Element image) {
        Set<String> found = new LinkedHashSet<>();
        for (String attribute : LAZY_ATTRIBUTES) {
            found.add(image.attr(attribute).strip());
        }
        found.add(largest(image.attr("data-srcset")));
        found.add(largest(image.attr("srcset")));
        Element parent = image.parent();
        if (parent != null && parent.normalName().equals("picture")) {
            for (Element source : parent.getElementsByTag("source")) {
                found.add(largest(source.attr("srcset")));
            }
        }
        found.add(image.attr("src").strip());
        List<String> real = new ArrayList<>();
        for (String address : found) {
            if (isReal(address)) {
                real.add(address);
            }
        }
        return real;
    }

    /** Whether an address is a real picture rather than a lazy-loading placeholder or a tracking pixel. */
    static boolean isReal(String address) {
        if (address == null || address.isEmpty() || address.startsWith("#") || address.startsWith("javascript:")) {
            return false;
        }
        if (address.startsWith("data:")) {
            return address.startsWith("data:image/") && address.length() > SMALL_DATA_URI;
        }
        String lower = address.toLowerCase(Locale.ROOT);
        for (String word : PLACEHOLDER_WORDS) {
            if (lower.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The candidate with the largest width or density descriptor in a {@code srcset}, or "" when there is none. */
    static String largest(String srcset) {
        if (srcset == null || srcset.isBlank()) {
            return "";
        }
        String best = "";
        double bestSize = -1;
        for (String candidate : srcset.strip().split(",\\s+|,(?=\\S+\\s+\\d)")) {
            String[] parts = candidate.strip().split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty()) {
                continue;
            }
            double size = 1;
            if (parts.length > 1) {
                String descriptor = parts[1];
                try {
                    size = Double.parseDouble(descriptor.substring(0, descriptor.length() - 1));
                } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                    size = 1;
                }
            }
            if (size > bestSize) {
                best = parts[0];
                bestSize = size;
            }
        }
        return best;
    }

    /** Whether the image's declared size marks it as an icon or tracking pixel rather than a picture. */
    public static boolean isTiny(Element image) {
        return isSmall(image.attr("width")) || isSmall(image.attr("height"));
    }

    private static boolean isSmall(String dimension) {
        String digits = dimension.strip().replace("px", "");
        if (!digits.matches("\\d{1,5}")) {
            return false;
        }
        return Integer.parseInt(digits) <= 40;
    }
}

package io.tearsheet.html.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Decides what a figure's {@link io.tearsheet.model.Figure#source()} is. For a page saved as a file, an image saved
 * beside it keeps its path relative to the page (only paths inside the page's folder count, so a page cannot point
 * an exporter at other files on the disk); an image that is not there is resolved against the page address, and
 * noted. For a page read from bytes, relative addresses are resolved against the page address when it is known.
 */
final class ImageLocator {
    private final ReadContext context;

    ImageLocator(ReadContext context) {
        this.context = context;
    }

    /** The figure source for an image with these candidate addresses (best first), or null when it has none. */
    String locate(List<String> candidates) {
        if (candidates.isEmpty()) {
            return null;
        }
        Path folder = context.folder();
        if (folder != null) {
            for (String candidate : candidates) {
                String local = localPath(folder, candidate);
                if (local != null) {
                    return local;
                }
            }
        }
        String first = candidates.get(0);
        if (first.startsWith("data:")) {
            return first;
        }
        String absolute = Addresses.resolve(context.pageUrl(), first);
        if (absolute != null) {
            if (folder != null) {
                context.note("image " + absolute + " is not available locally"
                        + (Addresses.isAbsolute(first) ? "" : " (the page refers to " + first + ")"));
            }
            return absolute;
        }
        if (!staysInside(first)) {
            context.note("image " + first + " was left out: without the page's address it cannot be resolved, and as "
                    + "a path it would point outside the page's folder");
            return null;
        }
        context.note(folder != null ? "image " + first + " is missing beside the saved page"
                : "relative image addresses are kept as written: the page's own address is unknown");
        return first;
    }

    /** Whether a relative address, read as a path, stays below the folder it is relative to. */
    private static boolean staysInside(String address) {
        if (Addresses.isAbsolute(address) || address.startsWith("/") || address.startsWith("\\")) {
            return false;
        }
        int depth = 0;
        for (String segment : address.split("[/\\\\]")) {
            if (segment.equals("..")) {
                depth--;
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                depth++;
            }
            if (depth < 0) {
                return false;
            }
        }
        return true;
    }

    /** The candidate as a normalised relative path when it names an existing file inside {@code folder}. */
    private static String localPath(Path folder, String candidate) {
        if (Addresses.isAbsolute(candidate) || candidate.startsWith("/")) {
            return null;
        }
        String path = candidate;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        if (path.isEmpty()) {
            return null;
        }
        try {
            String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            Path resolved = folder.resolve(decoded).normalize();
            if (!resolved.startsWith(folder) || !Files.isRegularFile(resolved)) {
                return null;
            }
            return folder.relativize(resolved).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return null;
        }
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

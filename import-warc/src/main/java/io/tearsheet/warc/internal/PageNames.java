package io.tearsheet.warc.internal;

import io.tearsheet.io.FileNames;
import io.tearsheet.io.Sha256;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names each page's outputs after its address: the host is the folder, the path (and query) the file name, so
 * {@code https://news.example/2024/03/harbour-clocks.html} becomes {@code news.example/2024_03_harbour-clocks}. Names
 * are safe on every common file system ({@link FileNames#safeName}); a long one keeps its start and a hash of the
 * whole address. Pages that would share a name, ignoring case (the same address captured twice), each get their
 * capture time ({@code -20240301120000}), and, if that is not enough, their offset.
 */
public final class PageNames {
    /** Past this length a name is cut and a hash of the address appended, so that names stay readable. */
    private static final int KEPT = 60;
    private static final Set<String> PAGE_EXTENSIONS = Set.of("html", "htm", "shtml", "xhtml", "php", "asp",
            "aspx", "jsp", "cfm");

    private PageNames() {
    }

    /** A page to name: its address, capture date, place, and a name to use when it has no web address. */
    public record Request(String targetUri, String date, long offset, String fallback) {
    }

    /** A page's folder (its host, or empty) and base name. */
    public record Name(String folder, String baseName) {
    }

    /** The names of {@code pages}, in the same order, unique ignoring case. */
    public static List<Name> assign(List<Request> pages) {
        List<Name> names = new ArrayList<>(pages.size());
        for (Request page : pages) {
            names.add(of(page.targetUri(), page.fallback()));
        }
        names = disambiguate(names, pages, 0);
        names = disambiguate(names, pages, 1);
        names = disambiguate(names, pages, 2);
        return names;
    }

    /** The name an address gives, before uniqueness. */
    static Name of(String targetUri, String fallback) {
        URI uri = CaptureReading.pageAddress(targetUri);
        if (uri == null) {
            return new Name("", FileNames.safeName(fallback));
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        if (uri.getPort() > 0) {
            host += "_" + uri.getPort();
        }
        List<String> segments = new ArrayList<>();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(decode(segment));
            }
        }
        if (!segments.isEmpty()) {
            String last = segments.get(segments.size() - 1);
            int dot = last.lastIndexOf('.');
            if (dot > 0 && PAGE_EXTENSIONS.contains(last.substring(dot + 1).toLowerCase(Locale.ROOT))) {
                segments.set(segments.size() - 1, last.substring(0, dot));
            }
        }
        String base = String.join("_", segments);
        if (uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) {
            base = (base.isEmpty() ? "index" : base) + "_" + decode(uri.getRawQuery());
        }
        if (base.isEmpty()) {
            base = "index";
        }
        String safe = collapse(FileNames.safeName(base));
        if (base.length() > KEPT || safe.length() > KEPT) {
            String hash = Sha256.hex(targetUri.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
            safe = collapse(FileNames.safeName(safe.substring(0, Math.min(KEPT, safe.length())))) + "-" + hash;
        }
        return new Name(FileNames.safeName(host), safe);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String collapse(String name) {
        String collapsed = name.replaceAll("_{2,}", "_").replaceAll("[_.-]+$", "");
        return collapsed.isEmpty() ? "index" : collapsed;
    }

    /** Adds the step's suffix to every name that more than one page has: the capture time, the offset, a count. */
    private static List<Name> disambiguate(List<Name> names, List<Request> pages, int step) {
        Map<String, Integer> counts = new HashMap<>();
        for (Name name : names) {
            counts.merge(key(name), 1, Integer::sum);
        }
        if (counts.values().stream().allMatch(n -> n == 1)) {
            return names;
        }
        List<Name> result = new ArrayList<>(names.size());
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Name name = names.get(i);
            if (counts.get(key(name)) == 1) {
                result.add(name);
                continue;
            }
            String suffix = switch (step) {
                case 0 -> digits(pages.get(i).date());
                case 1 -> Long.toString(pages.get(i).offset());
                default -> Integer.toString(seen.merge(key(name), 1, Integer::sum));
            };
            result.add(suffix.isEmpty() ? name : new Name(name.folder(), name.baseName() + "-" + suffix));
        }
        return result;
    }

    private static String key(Name name) {
        return (name.folder() + "/" + name.baseName()).toLowerCase(Locale.ROOT);
    }

    /** The first fourteen digits of a W3C date: {@code 2024-03-01T12:00:00Z} gives {@code 20240301120000}. */
    static String digits(String date) {
        if (date == null) {
            return "";
        }
        String digits = date.replaceAll("[^0-9]", "");
        return digits.length() > 14 ? digits.substring(0, 14) : digits;
    }
}

package io.tearsheet.epub.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which link targets an EPUB can keep. Only absolute web and mail addresses are: a relative path or a fragment
 * pointed into the original page, which the EPUB does not contain, and epubcheck rejects a link to a missing
 * resource; other schemes ({@code javascript:}, {@code file:}) have no place in an ebook.
 */
final class LinkTargets {
    private static final Set<String> KEPT_SCHEMES = Set.of("http", "https", "mailto");

    private LinkTargets() {
    }

    /** The address to write for {@code href}, in ASCII form, or empty when the link must become plain text. */
    static Optional<String> usable(String href) {
        try {
            URI uri = new URI(href.strip());
            String scheme = uri.getScheme();
            if (scheme == null || !KEPT_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            if (!scheme.equalsIgnoreCase("mailto") && (uri.getHost() == null || uri.getHost().isEmpty())) {
                return Optional.empty();
            }
            if (uri.isOpaque() && uri.getSchemeSpecificPart().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(uri.toASCIIString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code href} is a web address a reader can follow ({@code http} or {@code https}). */
    static boolean isWeb(String href) {
        Optional<String> usable = usable(href);
        return usable.isPresent() && !usable.get().regionMatches(true, 0, "mailto:", 0, 7);
    }
}

package io.tearsheet.epub.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes the package document ({@code package.opf}): Dublin Core metadata with {@code dcterms:modified}, the series
 * as a {@code belongs-to-collection}, EPUB Accessibility 1.1 metadata, the manifest and the spine.
 *
 * @see <a href="https://www.w3.org/TR/epub-33/#sec-package-doc">EPUB 3.3, package document</a>
 * @see <a href="https://www.w3.org/TR/epub-a11y-11/">EPUB Accessibility 1.1</a>
 */
final class PackageDocument {
    static final String FILE = "package.opf";
    static final String NCX_ID = "ncx";
    static final String CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";
    static final String CERTIFIER = "Tearsheet EPUB exporter (automated checks)";

    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Instant EARLIEST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private PackageDocument() {
    }

    static void write(XmlWriter out, PublicationMetadata m, List<ManifestItem> manifest) {
        out.declaration();
        out.start("package", "xmlns", "http://www.idpf.org/2007/opf", "version", "3.0",
                "unique-identifier", "pub-id", "xml:lang", m.language()).newline();
        metadata(out, m);
        out.start("manifest").newline();
        for (ManifestItem item : manifest) {
            out.empty("item", "id", item.id(), "href", item.href(), "media-type", item.mediaType(),
                    "properties", item.properties()).newline();
        }
        out.endLine();
        out.start("spine", "toc", NCX_ID).newline();
        for (ManifestItem item : manifest) {
            if (item.spine()) {
                out.empty("itemref", "idref", item.id()).newline();
            }
        }
        out.endLine();
        out.endLine();
    }

    /** {@code dcterms:modified} wants whole seconds in UTC with four-digit years. */
    static String modified(Instant instant) {
        Instant clamped = instant.isBefore(EARLIEST) ? EARLIEST : instant.isAfter(LATEST) ? LATEST : instant;
        return MODIFIED.format(clamped);
    }

    private static void metadata(XmlWriter out, PublicationMetadata m) {
        out.start("metadata", "xmlns:dc", "http://purl.org/dc/elements/1.1/").newline();
        out.element("dc:identifier", m.identifier(), "id", "pub-id").newline();
        for (String other : m.otherIdentifiers()) {
            if (CleanText.hasText(out, other)) {
                out.element("dc:identifier", other).newline();
            }
        }
        out.element("dc:title", m.title()).newline();
        out.element("dc:language", m.language()).newline();
        int creator = 0;
        for (String name : m.creators()) {
            if (CleanText.hasText(out, name)) {
                String id = "creator-" + (++creator);
                out.element("dc:creator", name, "id", id).newline();
                out.element("meta", "aut", "refines", "#" + id, "property", "role", "scheme", "marc:relators")
                        .newline();
            }
        }
        optional(out, "dc:publisher", m.publisher());
        optional(out, "dc:date", m.date());
        optional(out, "dc:source", m.source());
        optional(out, "dc:rights", m.rights());
        optional(out, "dc:description", m.description());
        optional(out, "dc:subject", m.subject());
        out.element("meta", modified(m.modified()), "property", "dcterms:modified").newline();
        if (CleanText.hasText(out, m.seriesTitle())) {
            out.element("meta", m.seriesTitle(), "property", "belongs-to-collection", "id", "series").newline();
            out.element("meta", "series", "refines", "#series", "property", "collection-type").newline();
            if (m.seriesPosition() != null) {
                out.element("meta", m.seriesPosition().toString(), "refines", "#series",
                        "property", "group-position").newline();
            }
        }
        accessibility(out, m);
        if (m.cover()) {
            // the EPUB 2 way to name the cover, which Epublib-based and older reading systems look for
            out.empty("meta", "name", "cover", "content", CoverImage.ID).newline();
        }
        out.endLine();
    }

    private static void accessibility(XmlWriter out, PublicationMetadata m) {
        schema(out, "accessMode", "textual");
        Accessibility.FigureState figures = m.figureState();
        if (m.cover() || figures.shown()) {
            schema(out, "accessMode", "visual");
        }
        // images without a description need sight to be understood; with one, text alone suffices
        schema(out, "accessModeSufficient", figures.described() ? "textual" : "textual,visual");
        schema(out, "accessibilityFeature", "structuralNavigation");
        schema(out, "accessibilityFeature", "tableOfContents");
        schema(out, "accessibilityFeature", "readingOrder");
        if (m.hasFigures() && figures.described()) {
            schema(out, "accessibilityFeature", "alternativeText");
        }
        schema(out, "accessibilityHazard", "none");
        schema(out, "accessibilitySummary", m.summary());
        out.element("meta", CONFORMANCE, "property", "dcterms:conformsTo", "id", "conformance").newline();
        out.element("meta", CERTIFIER, "property", "a11y:certifiedBy", "refines", "#conformance").newline();
    }

    private static void schema(XmlWriter out, String property, String value) {
        out.element("meta", value, "property", "schema:" + property).newline();
    }

    private static void optional(XmlWriter out, String element, String value) {
        if (CleanText.hasText(out, value)) {
            out.element(element, value).newline();
        }
    }
}

package io.tearsheet.epub.internal;

/**
 * {@code META-INF/container.xml}, which points reading systems at the package document.
 *
 * @see <a href="https://www.w3.org/TR/epub-33/#sec-container-metainf-container.xml">EPUB 3.3, container.xml</a>
 */
final class ContainerDocument {
    static final String FILE = "META-INF/container.xml";
    /** The folder holding the package and its documents. */
    static final String ROOT = "EPUB/";

    static final String CONTENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">
              <rootfiles>
                <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
              </rootfiles>
            </container>
            """;

    private ContainerDocument() {
    }
}

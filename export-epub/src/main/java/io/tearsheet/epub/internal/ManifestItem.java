package io.tearsheet.epub.internal;

/**
 * A file of the publication as the package lists it.
 *
 * @param id         its manifest id, an XML name made by the exporter
 * @param href       its path relative to the package document
 * @param mediaType  its media type
 * @param properties its manifest properties ({@code nav}), or null
 * @param spine      whether it is read in order (in the spine)
 */
record ManifestItem(String id, String href, String mediaType, String properties, boolean spine) {
    static final String XHTML = "application/xhtml+xml";

    /** An XHTML document read in order, named after its file. */
    static ManifestItem document(String href) {
        return new ManifestItem(ChapterFiles.manifestId(href), href, XHTML, null, true);
    }
}

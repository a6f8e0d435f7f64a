package io.tearsheet.epub.internal;

/**
 * A landmark of the navigation document: a structural point a reading system can jump to.
 *
 * @param type  its {@code epub:type} ({@code titlepage}, {@code toc}, {@code bodymatter}, {@code index})
 * @param label what it is called
 * @param href  where it is
 */
record Landmark(String type, String label, String href) {
}

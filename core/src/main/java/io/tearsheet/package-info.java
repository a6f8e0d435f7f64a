/**
 * Tearsheet's entry point: {@link io.tearsheet.Tearsheet} reads an article from a file, text or HTML, and
 * writes it as JSON, EPUB or PDF with the exporters on the class or module path;
 * {@link io.tearsheet.TearsheetException} is the root of the errors it documents.
 */
package io.tearsheet;

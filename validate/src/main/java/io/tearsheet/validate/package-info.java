/**
 * The judges of our outputs, for tests and the {@code validate} command: epubcheck for EPUB, veraPDF for PDF/A-3a
 * and PDF/UA-1, the published JSON Schema for JSON, behind {@link io.tearsheet.validate.Validators}.
 */
package io.tearsheet.validate;

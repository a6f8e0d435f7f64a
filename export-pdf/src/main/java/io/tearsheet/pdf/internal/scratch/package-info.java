/**
 * A PDF book's streams kept in one temporary file instead of the heap, and the clean-up of temporary files after
 * success, failure and Ctrl-C; not part of the API.
 */
package io.tearsheet.pdf.internal.scratch;

/**
 * Pages: columns, the flow of items into them, content streams, links and page furniture.
 */
package io.tearsheet.pdf.internal.page;

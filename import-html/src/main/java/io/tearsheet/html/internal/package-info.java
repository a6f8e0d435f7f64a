/**
 * The HTML reader's stages: decoding, cleaning, locating the article's content, mapping blocks, headline, bylines
 * and dates, JSON-LD cross-checks; not part of the API.
 */
package io.tearsheet.html.internal;

/**
 * How web archives are read: the record scanner that survives damaged records, payload decoding, page names and
 * the reading of one record into an article. Not API: may change in any release.
 */
package io.tearsheet.warc.internal;

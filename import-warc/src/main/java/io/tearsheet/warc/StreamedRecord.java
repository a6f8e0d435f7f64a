package io.tearsheet.warc;

/**
 * One record as an {@link ArchiveStream} passes it.
 *
 * @param record what it is and what becomes of it
 * @param bytes  the record's bytes (a WARC file of that one record) when it is a {@link Disposition#PAGE page}, for
 *               {@link WarcArticles#read(byte[], String, long)}; null otherwise
 * @since 0.1.0
 */
public record StreamedRecord(ArchivedRecord record, byte[] bytes) {
}

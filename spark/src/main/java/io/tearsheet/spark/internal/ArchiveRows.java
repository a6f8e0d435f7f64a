package io.tearsheet.spark.internal;

import io.tearsheet.MediaTypes;
import io.tearsheet.warc.ArchiveStream;
import io.tearsheet.warc.ArchivedRecord;
import io.tearsheet.warc.Disposition;
import io.tearsheet.warc.StreamedRecord;
import io.tearsheet.warc.WarcArticles;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.io.IOException;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Runs on the executors: streams one web archive and makes a row (columns as {@link CatalogRows#JOB_INPUT}) of each
 * page and each damaged record, in the memory of one record. Records that are not pages (requests, metadata,
 * other payloads, revisits) make no row. A page's id is the archive's path below the input folder, a hyphen and the
 * record's offset ({@code 2024/CC-NEWS-00001.warc.gz-18342}), unique by construction.
 */
public final class ArchiveRows implements FlatMapFunction<ArchiveRows.ArchiveFile, Row> {
    @Serial
    private static final long serialVersionUID = 1L;

    /** One archive to read: its full URI, and its path below the input's folder (for ids). */
    public record ArchiveFile(String uri, String relative) implements java.io.Serializable {
    }

    private final SerializableConfiguration configuration;

    public ArchiveRows(SerializableConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public Iterator<Row> call(ArchiveFile file) throws IOException {
        Path path = new Path(file.uri());
        FileSystem fileSystem = path.getFileSystem(configuration.value());
        FileStatus status = fileSystem.getFileStatus(path);
        HadoopChannel channel = new HadoopChannel(fileSystem.open(path), status.getLen());
        ArchiveStream stream = WarcArticles.create().stream(path.getName(), channel);
        return new Rows(stream, file);
    }

    /** The rows of one stream, made as Spark pulls them; the stream is closed at its end. */
    private static final class Rows implements Iterator<Row> {
        private final ArchiveStream stream;
        private final ArchiveFile file;
        private Row next;
        private boolean done;

        Rows(ArchiveStream stream, ArchiveFile file) {
            this.stream = stream;
            this.file = file;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                try {
                    StreamedRecord record = stream.next();
                    if (record == null) {
                        done = true;
                        stream.close();
                    } else {
                        next = row(record);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("reading " + file.uri() + " failed", e);
                }
            }
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row row = next;
            next = null;
            return row;
        }

        private Row row(StreamedRecord streamed) {
            ArchivedRecord r = streamed.record();
            boolean damaged = r.disposition() == Disposition.DAMAGED;
            if (r.disposition() != Disposition.PAGE && !damaged) {
                return null;
            }
            String error = damaged ? "damaged record at offset " + r.offset() + " of " + r.fileName() + ": "
                    + r.detail() : null;
            return RowFactory.create(file.relative() + "-" + r.offset(), r.targetUri(), MediaTypes.WARC,
                    streamed.bytes(), r.fileName(), r.offset(), r.type(), r.recordId(), r.date(), r.payloadDigest(),
                    r.contentType(), r.httpStatus() == 0 ? null : String.valueOf(r.httpStatus()), error);
        }
    }
}

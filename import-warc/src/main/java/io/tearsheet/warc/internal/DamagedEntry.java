package io.tearsheet.warc.internal;

import io.tearsheet.batch.ContainedArticle;
import io.tearsheet.model.Article;
import io.tearsheet.read.ReadException;
import io.tearsheet.warc.ArchivedRecord;

/**
 * A damaged record as a batch input: reading it fails with one line naming the file, the offset and the damage, so
 * that a batch reports it as it reports any bad input, and goes on past it with {@code --keep-going}.
 */
public final class DamagedEntry implements ContainedArticle {
    private final ArchivedRecord record;

    public DamagedEntry(ArchivedRecord record) {
        this.record = record;
    }

    @Override
    public String displayName() {
        return record.place();
    }

    @Override
    public String folder() {
        return "";
    }

    @Override
    public String baseName() {
        return "damaged-" + record.fileName() + "-" + record.offset();
    }

    @Override
    public String originalName() {
        return baseName() + ".warc";
    }

    @Override
    public byte[] original() {
        throw failure();
    }

    @Override
    public Article read(byte[] original) {
        throw failure();
    }

    private ReadException failure() {
        return new ReadException("damaged record at offset " + record.offset() + " of " + record.fileName() + ": "
                + record.detail());
    }
}

package io.tearsheet.pdf.internal.page;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Places flow items as they are made instead of all at once: a book's contents and index run to thousands of
 * lines, which need not wait whole in memory. Items are handed to {@link PageComposer#place} in batches cut only
 * after an item that is not kept with the next, so the pages are the same as from one call with all of them.
 * Call {@link #flush} after the last item. Not thread-safe.
 */
public final class ItemStream {
    private static final int BATCH = 256;

    private final PageComposer composer;
    private final AfterBatch afterBatch;
    private final List<FlowItem> batch = new ArrayList<>();

    /** @param afterBatch run after each batch is placed (the pages it filled are drawn by then) */
    public ItemStream(PageComposer composer, AfterBatch afterBatch) {
        this.composer = composer;
        this.afterBatch = afterBatch;
    }

    /** What to do once a batch is placed: a book writes out the structure elements it completed. */
    @FunctionalInterface
    public interface AfterBatch {
        void placed() throws IOException;
    }

    public void add(FlowItem item) throws IOException {
        batch.add(item);
        if (batch.size() >= BATCH && !item.keepWithNext()) {
            flush();
        }
    }

    /** Places what is waiting. */
    public void flush() throws IOException {
        if (!batch.isEmpty()) {
            composer.place(batch);
            batch.clear();
            afterBatch.placed();
        }
    }
}

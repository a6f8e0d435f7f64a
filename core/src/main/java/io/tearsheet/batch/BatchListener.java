package io.tearsheet.batch;

/**
 * Hears about a batch's progress, for progress bars and logs. Called from worker threads, one call at a time
 * (the batch serialises them), in completion order.
 *
 * @since 0.1.0
 */
public interface BatchListener {
    /** A listener that ignores everything. */
    BatchListener NONE = new BatchListener() {
        @Override
        public void started(int inputs) {
        }

        @Override
        public void finished(BatchInput input, Outcome outcome) {
        }
    };

    /** The batch is about to process {@code inputs} inputs. */
    void started(int inputs);

    /** One input is done, one way or another. */
    void finished(BatchInput input, Outcome outcome);
}

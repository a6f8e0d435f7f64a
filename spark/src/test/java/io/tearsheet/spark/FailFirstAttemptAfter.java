package io.tearsheet.spark;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

import java.io.Serial;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Passes rows through, but the first attempt of every task dies after {@code rows} of them, half-way through its
 * partition: the conversion downstream has written those rows' outputs by then, and the retry finds them.
 */
final class FailFirstAttemptAfter implements MapPartitionsFunction<Row, Row> {
    @Serial
    private static final long serialVersionUID = 1L;
    /** How many attempts were made to fail (local mode runs tasks in this JVM). */
    static final AtomicInteger INJECTED = new AtomicInteger();

    private final int rows;

    FailFirstAttemptAfter(int rows) {
        this.rows = rows;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        boolean firstAttempt = TaskContext.get().attemptNumber() == 0;
        return new Iterator<>() {
            private int passed;

            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public Row next() {
                if (firstAttempt && passed == rows) {
                    INJECTED.incrementAndGet();
                    throw new IllegalStateException("injected failure after " + rows + " rows");
                }
                passed++;
                return input.next();
            }
        };
    }
}

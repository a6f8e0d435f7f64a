package io.tearsheet.batch;

import io.tearsheet.TearsheetException;
import io.tearsheet.read.NoArticleException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an {@link InputAction} over many inputs on a fixed number of threads.
 *
 * <p>Memory stays bounded by the inputs in flight, not by the batch: each worker reads one article, writes it and
 * lets it go, so ten thousand articles convert in a small heap. Without {@link Builder#keepGoing(boolean)} the
 * batch stops starting new inputs after the first failure; with it, every input is tried and the result lists each
 * failure with its reason. An input that holds no article ({@link NoArticleException}, from the pages of a web
 * archive) is counted apart and does not stop the batch.
 *
 * <pre>{@code
 * BatchResult result = Batch.builder().jobs(4).keepGoing(true).build()
 *         .run(BatchInputs.collect(List.of(Path.of("news"))),
 *              Conversion.builder().outputDirectory(Path.of("out")).exporters(Tearsheet.defaultExporters()).build());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Batch {
    private final int jobs;
    private final boolean keepGoing;
    private final BatchListener listener;

    private Batch(Builder builder) {
        this.jobs = builder.jobs;
        this.keepGoing = builder.keepGoing;
        this.listener = builder.listener;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Processes {@code inputs} with {@code action}; returns when every started input has finished. */
    public BatchResult run(List<BatchInput> inputs, InputAction action) {
        Objects.requireNonNull(action, "action must not be null");
        List<BatchInput> all = List.copyOf(inputs);
        listener.started(all.size());
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger converted = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger noArticle = new AtomicInteger();
        AtomicInteger notRun = new AtomicInteger();
        BatchResult.Failure[] failures = new BatchResult.Failure[all.size()];
        Object reporting = new Object();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, all.size())), threads());
        try {
            List<Future<?>> futures = new ArrayList<>(all.size());
            for (int i = 0; i < all.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    BatchInput input = all.get(index);
                    if (stop.get()) {
                        notRun.incrementAndGet();
                        return;
                    }
                    Outcome outcome = attempt(action, input);
                    switch (outcome.status()) {
                        case CONVERTED -> converted.incrementAndGet();
                        case SKIPPED -> skipped.incrementAndGet();
                        case NO_ARTICLE -> noArticle.incrementAndGet();
                        case FAILED -> {
                            failures[index] = new BatchResult.Failure(input.displayName(), outcome.message());
                            if (!keepGoing) {
                                stop.set(true);
                            }
                        }
                    }
                    synchronized (reporting) {
                        listener.finished(input, outcome);
                    }
                }));
            }
            for (Future<?> future : futures) {
                await(future);
            }
        } finally {
            pool.shutdownNow();
        }
        List<BatchResult.Failure> failed = new ArrayList<>();
        for (BatchResult.Failure failure : failures) {
            if (failure != null) {
                failed.add(failure);
            }
        }
        return new BatchResult(converted.get(), skipped.get(), noArticle.get(), failed, notRun.get());
    }

    private static Outcome attempt(InputAction action, BatchInput input) {
        try {
            return action.apply(input);
        } catch (NoArticleException e) {
            return Outcome.noArticle(oneLine(e.getMessage()));
        } catch (TearsheetException e) {
            return Outcome.failed(oneLine(e.getMessage()));
        } catch (IOException e) {
            return Outcome.failed("I/O error: " + oneLine(String.valueOf(e.getMessage())));
        } catch (RuntimeException | StackOverflowError e) {
            // One hostile input must not take the batch down; say what happened so it can be reported.
            return Outcome.failed("internal error: " + e);
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // an OutOfMemoryError stays one, so callers can tell the user what to do
            }
            throw new IllegalStateException("batch worker failed", e.getCause());
        }
    }

    private static ThreadFactory threads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "tearsheet-batch-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    static String oneLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /** Configures a {@link Batch}. */
    public static final class Builder {
        private int jobs = Runtime.getRuntime().availableProcessors();
        private boolean keepGoing;
        private BatchListener listener = BatchListener.NONE;

        private Builder() {
        }

        /** How many inputs to process at once (default: the number of processors). */
        public Builder jobs(int jobs) {
            if (jobs < 1) {
                throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
            }
            this.jobs = jobs;
            return this;
        }

        /** Whether to go on after a failure (default: stop starting new inputs). */
        public Builder keepGoing(boolean keepGoing) {
            this.keepGoing = keepGoing;
            return this;
        }

        /** Who hears about progress (default: nobody). */
        public Builder listener(BatchListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener must not be null");
            return this;
        }

        public Batch build() {
            return new Batch(this);
        }
    }
}

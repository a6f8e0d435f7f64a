package io.tearsheet.batch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

class BatchTest {

    private static List<BatchInput> inputs(int count) {
        List<BatchInput> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inputs.add(BatchInput.bytes("input-" + i, new byte[]{(byte) i}, "name-" + i, "text/plain"));
        }
        return inputs;
    }

    @Test
    void keepsGoingAfterFailuresAndListsThemInInputOrder() {
        InputAction action = input -> {
            if (input.displayName().endsWith("3") || input.displayName().endsWith("7")) {
                throw new IOException("cannot decode\nsecond line");
            }
            return Outcome.done(List.of(Path.of(input.baseName())), List.of());
        };

        BatchResult result = Batch.builder().jobs(2).keepGoing(true).build().run(inputs(10), action);

        assertThat(result.converted()).isEqualTo(8);
        assertThat(result.failures()).extracting(BatchResult.Failure::input).containsExactly("input-3", "input-7");
        assertThat(result.failures().get(0).message()).isEqualTo("I/O error: cannot decode");
        assertThat(result.succeeded()).isFalse();
    }

    @Test
    void stopsStartingInputsAfterTheFirstFailureUnlessToldToKeepGoing() {
        InputAction action = input -> {
            if (input.displayName().equals("input-0")) {
                throw new IllegalStateException("boom");
            }
            return Outcome.done(List.of(), List.of());
        };

        BatchResult result = Batch.builder().jobs(1).build().run(inputs(50), action);

        assertThat(result.failures()).hasSize(1);
        assertThat(result.failures().get(0).message()).contains("internal error").contains("boom");
        assertThat(result.notRun()).isEqualTo(49);
    }

    @Test
    void anInputThatHoldsNoArticleIsCountedApartAndStopsNothing() {
        InputAction action = input -> {
            if (input.displayName().equals("input-1")) {
                throw new io.tearsheet.read.NoArticleException("no article found: a tag page\nsecond line");
            }
            return Outcome.done(List.of(), List.of());
        };
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        BatchResult result = Batch.builder().jobs(1).listener(new BatchListener() {
            @Override
            public void started(int inputs) {
            }

            @Override
            public void finished(BatchInput input, Outcome outcome) {
                outcomes.add(outcome);
            }
        }).build().run(inputs(4), action);

        assertThat(result.converted()).isEqualTo(3);
        assertThat(result.noArticle()).isEqualTo(1);
        assertThat(result.notRun()).isZero();
        assertThat(result.succeeded()).isTrue();
        assertThat(outcomes).filteredOn(o -> o.status() == Outcome.Status.NO_ARTICLE).singleElement()
                .extracting(Outcome::message).isEqualTo("no article found: a tag page");
    }

    @Test
    void runsOnSeveralThreadsAndReportsEveryInputOnce() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<String> finished = Collections.synchronizedList(new ArrayList<>());
        BatchListener listener = new BatchListener() {
            @Override
            public void started(int count) {
                assertThat(count).isEqualTo(40);
            }

            @Override
            public void finished(BatchInput input, Outcome outcome) {
                finished.add(input.displayName());
            }
        };
        SleepyAction action = input -> {
            threads.add(Thread.currentThread().getName());
            Thread.sleep(2);
            return Outcome.done(List.of(), List.of());
        };

        BatchResult result = Batch.builder().jobs(4).listener(listener).build().run(inputs(40), sleepy(action));

        assertThat(result.converted()).isEqualTo(40);
        assertThat(finished).hasSize(40).doesNotHaveDuplicates();
        assertThat(threads.size()).isGreaterThan(1);
    }

    private interface SleepyAction {
        Outcome apply(BatchInput input) throws IOException, InterruptedException;
    }

    private static InputAction sleepy(SleepyAction action) {
        return input -> {
            try {
                return action.apply(input);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        };
    }
}

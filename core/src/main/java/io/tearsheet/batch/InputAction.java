package io.tearsheet.batch;

import java.io.IOException;

/**
 * What a {@link Batch} does with each input: convert it, bag it. Implementations must be safe to call from several
 * threads at once, and must leave no partial output behind when they fail.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface InputAction {

    /**
     * Processes one input.
     *
     * @throws IOException when reading or writing fails
     * @throws io.tearsheet.TearsheetException when the input is not an article or cannot be exported
     */
    Outcome apply(BatchInput input) throws IOException;
}

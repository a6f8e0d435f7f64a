package io.tearsheet.cli;

import io.tearsheet.batch.BatchInput;
import io.tearsheet.batch.BatchInputs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Turns command-line arguments into batch inputs: paths through the library, {@code -} as standard input. */
final class Inputs {
    private Inputs() {
    }

    /**
     * @throws IllegalArgumentException when a path does not exist or two inputs collide
     */
    static List<BatchInput> of(List<String> arguments, InputType from, InputStream stdin) throws IOException {
        List<BatchInput> inputs = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                inputs.addAll(BatchInputs.collect(paths));
                paths.clear();
                String type = from == null ? null : from.mediaType;
                inputs.add(BatchInput.bytes("standard input", stdin.readAllBytes(), null, type));
            } else {
                paths.add(Path.of(argument));
            }
        }
        inputs.addAll(BatchInputs.collect(paths));
        BatchInputs.refuseCollisions(inputs);
        if (from == null) {
            return inputs;
        }
        List<BatchInput> forced = new ArrayList<>(inputs.size());
        for (BatchInput input : inputs) {
            forced.add(input.as(from.mediaType));
        }
        return forced;
    }
}

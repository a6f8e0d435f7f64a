package io.tearsheet.cli;

import io.tearsheet.batch.BatchInput;
import io.tearsheet.batch.BatchInputs;
import io.tearsheet.batch.ContainerListing;
import io.tearsheet.batch.ContainerOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns command-line arguments into batch inputs: paths through the library (web archives become one input per
 * page), {@code -} as standard input.
 */
final class Inputs {
    private Inputs() {
    }

    /**
     * @throws IllegalArgumentException when a path does not exist or two inputs collide
     */
    static List<BatchInput> of(List<String> arguments, InputType from, InputStream stdin) throws IOException {
        return of(arguments, from, stdin, ContainerOptions.DEFAULT, null);
    }

    /**
     * The inputs, with web archives expanded as {@code options} select; what each archive held is told to
     * {@code notes}, one line each, when it is not null.
     *
     * @throws IllegalArgumentException when a path does not exist or two inputs collide
     */
    static List<BatchInput> of(List<String> arguments, InputType from, InputStream stdin, ContainerOptions options,
                               PrintWriter notes) throws IOException {
        List<BatchInput> inputs = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                inputs.addAll(expand(paths, options, notes));
                paths.clear();
                String type = from == null ? null : from.mediaType;
                inputs.add(BatchInput.bytes("standard input", stdin.readAllBytes(), null, type));
            } else {
                paths.add(Path.of(argument));
            }
        }
        inputs.addAll(expand(paths, options, notes));
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

    private static List<BatchInput> expand(List<Path> paths, ContainerOptions options, PrintWriter notes)
            throws IOException {
        if (paths.isEmpty()) {
            return List.of();
        }
        ContainerListing listing = BatchInputs.expand(paths, options);
        if (notes != null) {
            for (String note : listing.notes()) {
                notes.println("tearsheet: " + note);
            }
            notes.flush();
        }
        return listing.inputs();
    }
}

package io.tearsheet.cli;

import io.tearsheet.batch.Batch;
import io.tearsheet.batch.BatchInput;
import io.tearsheet.batch.BatchResult;
import io.tearsheet.batch.InputAction;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.util.List;

/** The options every batch command shares, and how they run a batch and end it. */
final class BatchOptions {
    @Option(names = "--jobs", paramLabel = "N",
            description = "How many articles to process at once (default: the number of cores).")
    Integer jobs;

    @Option(names = "--keep-going", description = "After a bad input, go on with the rest and end with a summary.")
    boolean keepGoing;

    @Option(names = "--resume", description = "Skip inputs whose outputs are already complete.")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "Print only failures, warnings and the summary.")
    boolean quiet;

    int run(String task, List<BatchInput> inputs, InputAction action, CommandLine commandLine) {
        if (jobs != null && jobs < 1) {
            throw new CommandLine.ParameterException(commandLine, "--jobs must be at least 1");
        }
        Batch.Builder builder = Batch.builder().keepGoing(keepGoing);
        if (jobs != null) {
            builder.jobs(jobs);
        }
        BatchResult result;
        try (Progress progress = new Progress(task, commandLine.getOut(), commandLine.getErr(),
                Progress.isTerminal(), quiet)) {
            result = builder.listener(progress).build().run(inputs, action);
        }
        if (inputs.size() > 1 || keepGoing) {
            commandLine.getErr().println("tearsheet: " + task + ": " + ConvertCommand.summary(result));
        }
        return result.succeeded() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}

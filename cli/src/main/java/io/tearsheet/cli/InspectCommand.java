package io.tearsheet.cli;

import io.tearsheet.Tearsheet;
import io.tearsheet.TearsheetException;
import io.tearsheet.batch.BatchInput;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code tearsheet inspect}: shows what the reader understood of an article.
 *
 * @since 0.1.0
 */
@Command(name = "inspect",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Shows what Tearsheet understood of an article: metadata, sections and a table of quotes.",
        footer = {"", "Examples:", "  tearsheet inspect story.txt", "  tearsheet inspect --json story.txt > story.json"})
public final class InspectCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..1", description = "An article file, or - for standard input.")
    String input;

    @Option(names = "--sample", description = "Inspect the embedded sample article.")
    boolean sample;

    @Option(names = "--json", description = "Print the Tearsheet JSON archive format instead of a summary.")
    boolean json;

    @Option(names = "--from", paramLabel = "TYPE", description = "Read the input as text, html or json.")
    InputType from;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((input == null) == !sample) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give one INPUT, - or --sample");
        }
        BatchInput file;
        try {
            file = sample ? BatchInput.sample() : Inputs.of(List.of(input), from, System.in).get(0);
        } catch (IllegalArgumentException e) {
            err.println("tearsheet: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Article article;
        try {
            article = file.read();
        } catch (TearsheetException | IOException e) {
            err.println("tearsheet: " + file.displayName() + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (json) {
            ArticleExporter exporter = Tearsheet.exporter("json").orElseThrow(() ->
                    new CommandLine.ParameterException(spec.commandLine(), "no JSON exporter on the class path"));
            out.print(new String(exporter.toBytes(article), StandardCharsets.UTF_8));
            out.flush();
            return ExitCodes.OK;
        }
        new ArticleSummary(article).print(out);
        return ExitCodes.OK;
    }
}

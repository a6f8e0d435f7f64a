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

import io.tearsheet.warc.WebArchiveContainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        description = "Shows what Tearsheet understood of an article: metadata, sections and a table of quotes. "
                + "Of a web archive (WARC or WET), lists every record: what it is, and for pages the headline and "
                + "the number of quotes, or why it is not an article.",
        footer = {"", "Examples:", "  tearsheet inspect story.txt", "  tearsheet inspect --json story.txt > story.json",
                "  tearsheet inspect crawl.warc.gz", "  tearsheet inspect crawl.warc.gz --record 2176"})
public final class InspectCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..1",
            description = "An article file, a web archive (.warc, .warc.gz, .wet, .wet.gz), or - for standard input.")
    String input;

    @Option(names = "--sample", description = "Inspect the embedded sample article.")
    boolean sample;

    @Option(names = "--json", description = "Print the Tearsheet JSON archive format instead of a summary.")
    boolean json;

    @Option(names = "--from", paramLabel = "TYPE", description = "Read the input as text, html or json.")
    InputType from;

    @Option(names = "--record", paramLabel = "OFFSET",
            description = "Of a web archive, inspect the page whose record starts at this byte offset (as the "
                    + "listing shows it) instead of listing the records.")
    Long record;

    @picocli.CommandLine.Mixin
    ArchiveOptions archives;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((input == null) == !sample) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give one INPUT, - or --sample");
        }
        if (!sample && input != null && !input.equals("-")) {
            Path path = Path.of(input);
            if (Files.isRegularFile(path) && new WebArchiveContainer().accepts(path)) {
                return new ArchiveInspection(path, spec.commandLine(), archives.toOptions(spec.commandLine()))
                        .run(record, json);
            }
        }
        if (record != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--record is for web archives");
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

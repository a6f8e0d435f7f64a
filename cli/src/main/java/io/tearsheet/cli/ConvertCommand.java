package io.tearsheet.cli;

import io.tearsheet.MediaTypes;
import io.tearsheet.Tearsheet;
import io.tearsheet.TearsheetException;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportedFile;
import io.tearsheet.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code tearsheet convert}: reads articles and writes them in the chosen formats.
 *
 * @since 0.1.0
 */
@Command(name = "convert",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Converts articles (plain text, HTML, Tearsheet JSON) to JSON, EPUB and PDF. "
                + "Writes OUT/<input name>.<format> atomically, with a .sha256 beside each file.",
        footer = {"", "Examples:",
                "  tearsheet convert --sample --to json --out out/",
                "  tearsheet convert story.txt --to json,epub,pdf --out out/",
                "  cat story.txt | tearsheet convert - --from text --out out/"})
public final class ConvertCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Article files, folders (searched recursively) or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--to", split = ",", paramLabel = "FORMAT",
            description = "Formats to write, comma-separated (default: json, epub and pdf, those available).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
            description = "Folder for the outputs (default: the current folder).")
    Path out;

    @Option(names = "--sample", description = "Convert the embedded sample article.")
    boolean sample;

    @Option(names = "--from", paramLabel = "TYPE",
            description = "Read inputs as text, html or json instead of guessing from name and content.")
    InputType from;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<ArticleExporter> exporters = FormatList.articleExporters(spec.commandLine(), formats);
        if (exporters.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no exporters on the class path");
        }
        List<InputFile> files;
        try {
            files = InputFile.collect(inputs, from);
        } catch (IOException | IllegalArgumentException e) {
            stderr.println("tearsheet: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (sample) {
            files.add(0, InputFile.sample());
        }
        if (files.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give an INPUT, - or --sample");
        }
        for (InputFile file : files) {
            Article article;
            try {
                article = file.read();
            } catch (TearsheetException e) {
                stderr.println("tearsheet: " + file.displayName() + ": " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            } catch (IOException e) {
                stderr.println("tearsheet: " + file.displayName() + ": cannot read: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            String baseName = file.outputName(article);
            List<String> written = new ArrayList<>();
            for (ArticleExporter exporter : exporters) {
                try {
                    ExportedFile exported = Tearsheet.write(article, exporter, out.resolve(file.outputFolder()),
                            baseName);
                    written.add(Displays.path(exported.file().path()));
                    for (String warning : exported.report().warnings()) {
                        stderr.println("tearsheet: " + file.displayName() + ": " + exporter.format().name() + ": "
                                + warning);
                    }
                } catch (TearsheetException e) {
                    stderr.println("tearsheet: " + file.displayName() + ": " + exporter.format().name() + ": "
                            + e.getMessage());
                    return ExitCodes.BAD_INPUT;
                } catch (IOException e) {
                    stderr.println("tearsheet: " + file.displayName() + ": cannot write " + exporter.format().name()
                            + ": " + e.getMessage());
                    return ExitCodes.CANNOT_WRITE;
                }
            }
            stdout.println(file.displayName() + " -> " + String.join(", ", written));
        }
        return ExitCodes.OK;
    }

    /** Input kinds for {@code --from}. */
    enum InputType {
        text(MediaTypes.TEXT), html(MediaTypes.HTML), json(MediaTypes.JSON);

        final String mediaType;

        InputType(String mediaType) {
            this.mediaType = mediaType;
        }
    }
}

package io.tearsheet.cli;

import io.tearsheet.batch.Batch;
import io.tearsheet.batch.BatchInput;
import io.tearsheet.batch.BatchResult;
import io.tearsheet.batch.Conversion;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.io.AtomicFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
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
        description = "Converts articles (plain text, HTML, Tearsheet JSON, and the pages of WARC and WET web "
                + "archives) to JSON, EPUB and PDF. Writes OUT/<input name>.<format> atomically, with a .sha256 beside "
                + "each file; files found in folders keep their subfolders; a web archive's pages are written as "
                + "OUT/<host>/<path>.<format>.",
        footer = {"", "Examples:",
                "  tearsheet convert --sample --out out/",
                "  tearsheet convert story.txt --to json,epub,pdf --out out/",
                "  tearsheet convert news/ --jobs 4 --keep-going --resume --out archive/",
                "  tearsheet convert crawl.warc.gz --exclude '/(tag|author)/' --keep-going --out crawl/",
                "  cat story.txt | tearsheet convert - --from text --to json --out out/"})
public final class ConvertCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Article files, web archives (.warc, .warc.gz, .wet, .wet.gz), folders (searched "
                    + "recursively) or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--to", split = ",", paramLabel = "FORMAT",
            description = "Formats to write, comma-separated (default: json, epub and pdf, those available).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
            description = "Folder for the outputs (default: the current folder).")
    Path out;

    @Option(names = "--sample", description = "Convert the embedded sample article (written as OUT/sample.*).")
    boolean sample;

    @Option(names = "--from", paramLabel = "TYPE",
            description = "Read inputs as text, html or json instead of guessing from name and content.")
    InputType from;

    @Mixin
    BatchOptions batch;

    @Mixin
    ArchiveOptions archives;

    @Override
    public Integer call() throws IOException {
        List<ArticleExporter> exporters = FormatList.articleExporters(spec.commandLine(), formats);
        if (exporters.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no exporters on the class path");
        }
        List<BatchInput> all = new ArrayList<>();
        try {
            if (sample) {
                all.add(BatchInput.sample());
            }
            all.addAll(Inputs.of(inputs, from, System.in, archives.toOptions(spec.commandLine()),
                    spec.commandLine().getErr()));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("tearsheet: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (all.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give an INPUT, - or --sample");
        }
        AtomicFiles.removeStaleTemporaries(out);
        Conversion conversion = Conversion.builder().outputDirectory(out).exporters(exporters)
                .resume(batch.resume).build();
        return batch.run("convert", all, conversion, spec.commandLine());
    }

    /** The summary line of a batch. */
    static String summary(BatchResult result) {
        return "converted " + result.converted() + (result.noArticle() > 0 ? ", no article " + result.noArticle() : "")
                + ", skipped " + result.skipped() + ", failed " + result.failures().size()
                + (result.notRun() > 0 ? ", not attempted " + result.notRun() : "");
    }
}

package io.tearsheet.cli;

import io.tearsheet.bag.BagWriter;
import io.tearsheet.batch.BatchInput;
import io.tearsheet.export.ArticleExporter;
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
 * {@code tearsheet archive}: one BagIt bag per article.
 *
 * @since 0.1.0
 */
@Command(name = "archive",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Writes one BagIt bag (RFC 8493) per article: the original input and the article as JSON, EPUB "
                + "and PDF under data/, with SHA-512 manifests and bag-info.txt. Bags are byte-reproducible.",
        footer = {"", "Examples:",
                "  tearsheet archive story.txt --out bags/",
                "  tearsheet archive news/ --jobs 2 --keep-going --resume --out bags/",
                "  tearsheet archive crawl.warc.gz --out bags/     (each bag holds its WARC record as the original)",
                "  tearsheet verify bags/story"})
public final class ArchiveCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Article files, web archives, folders (searched recursively) or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--to", split = ",", paramLabel = "FORMAT",
            description = "Formats each bag holds besides the original (default: json, epub and pdf, those available).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the bags, one folder each.")
    Path out;

    @Option(names = "--from", paramLabel = "TYPE", description = "Read inputs as text, html or json.")
    InputType from;

    @Mixin
    BatchOptions batch;

    @Mixin
    ArchiveOptions archives;

    @Override
    public Integer call() throws IOException {
        List<ArticleExporter> exporters = FormatList.articleExporters(spec.commandLine(), formats);
        List<BatchInput> all;
        try {
            all = Inputs.of(inputs, from, System.in, archives.toOptions(spec.commandLine()),
                    spec.commandLine().getErr());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("tearsheet: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        BagWriter bags = BagWriter.builder().outputDirectory(out).exporters(exporters).resume(batch.resume).build();
        return batch.run("archive", all, bags, spec.commandLine());
    }
}

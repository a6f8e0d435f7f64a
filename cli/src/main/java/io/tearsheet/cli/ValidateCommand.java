package io.tearsheet.cli;

import io.tearsheet.validate.Finding;
import io.tearsheet.validate.Validation;
import io.tearsheet.validate.Validators;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code tearsheet validate}: checks outputs with the validators the tests use.
 *
 * @since 0.1.0
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks EPUB files with epubcheck, PDF files with veraPDF (PDF/A-3a and PDF/UA-1) and Tearsheet "
                + "JSON with its JSON Schema, and prints what they find. Exits 4 when a file has errors or warnings.",
        footer = {"", "Examples:", "  tearsheet validate out/story.epub out/story.pdf out/story.json",
                "  tearsheet validate out/"})
public final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "EPUB, PDF or JSON files, or folders holding them (searched recursively).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--advice", description = "Also print advice (epubcheck usage messages), which never fails a file.")
    boolean advice;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        int unreadable = 0;
        for (Path file : expand(files)) {
            Validation validation;
            try {
                validation = Validators.validate(file);
            } catch (IllegalArgumentException | IOException e) {
                err.println("tearsheet: " + Displays.path(file) + ": " + e.getMessage());
                unreadable++;
                continue;
            }
            List<Finding> shown = validation.findings().stream()
                    .filter(f -> advice || f.severity() != Finding.Severity.ADVICE).toList();
            out.println(Displays.path(file) + ": " + (validation.passed() ? "valid" : "INVALID") + " ("
                    + validation.validator() + ")");
            for (Finding finding : shown) {
                out.println("  " + finding.severity().name().toLowerCase(Locale.ROOT) + ": " + finding.message());
            }
            if (!validation.passed()) {
                failed++;
            }
        }
        if (unreadable > 0) {
            return ExitCodes.BAD_INPUT;
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private static List<Path> expand(List<Path> given) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : given) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ValidateCommand::isOutput).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean isOutput(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".epub") || name.endsWith(".pdf") || name.endsWith(".json"));
    }
}

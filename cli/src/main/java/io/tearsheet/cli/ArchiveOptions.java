package io.tearsheet.cli;

import io.tearsheet.batch.ContainerOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The options that select the pages of web archives (WARC and WET files), shared by every command that reads them. */
final class ArchiveOptions {
    @Option(names = "--include", paramLabel = "URL-REGEX",
            description = "Of web archives, read only the pages whose address this regular expression is found in.")
    String include;

    @Option(names = "--exclude", paramLabel = "URL-REGEX",
            description = "Of web archives, leave out the pages whose address this regular expression is found in.")
    String exclude;

    @Option(names = "--originals", paramLabel = "ARCHIVE",
            description = "A web archive (or folder of them) where revisit records' original captures are looked "
                    + "for, without converting it; repeatable.")
    List<Path> originals = new ArrayList<>();

    /** The options as the library takes them. */
    ContainerOptions toOptions(CommandLine commandLine) {
        List<Path> related = new ArrayList<>();
        for (Path path : originals) {
            if (Files.isDirectory(path)) {
                try (var walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString()
                            .matches("(?i)[^.].*\\.(warc|wet)(\\.gz)?")).sorted().forEach(related::add);
                } catch (java.io.IOException e) {
                    throw new CommandLine.ParameterException(commandLine, "--originals: cannot list " + path);
                }
            } else if (Files.isRegularFile(path)) {
                related.add(path);
            } else {
                throw new CommandLine.ParameterException(commandLine, "--originals: " + path
                        + ": no such file or folder");
            }
        }
        return ContainerOptions.builder().include(pattern(commandLine, "--include", include))
                .exclude(pattern(commandLine, "--exclude", exclude)).related(related).build();
    }

    private static Pattern pattern(CommandLine commandLine, String option, String regex) {
        if (regex == null) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new CommandLine.ParameterException(commandLine, option + ": not a regular expression: "
                    + e.getDescription() + " in " + regex);
        }
    }
}

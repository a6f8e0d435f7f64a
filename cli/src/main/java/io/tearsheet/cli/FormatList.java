package io.tearsheet.cli;

import io.tearsheet.Tearsheet;
import io.tearsheet.export.ArticleExporter;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Resolves {@code --to json,epub,pdf} to exporters, naming what is missing. */
final class FormatList {
    private FormatList() {
    }

    static List<ArticleExporter> articleExporters(CommandLine commandLine, List<String> names) {
        if (names == null || names.isEmpty()) {
            return Tearsheet.defaultExporters();
        }
        List<ArticleExporter> exporters = new ArrayList<>();
        for (String name : names) {
            ArticleExporter exporter = Tearsheet.exporter(name.trim().toLowerCase(java.util.Locale.ROOT))
                    .orElseThrow(() -> new CommandLine.ParameterException(commandLine, "unknown format '" + name
                            + "'; available: " + available()));
            if (!exporters.contains(exporter)) {
                exporters.add(exporter);
            }
        }
        return exporters;
    }

    static String available() {
        return Tearsheet.exporters().stream().map(e -> e.format().name()).collect(Collectors.joining(", "));
    }
}

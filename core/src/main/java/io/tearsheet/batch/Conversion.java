package io.tearsheet.batch;

import io.tearsheet.Tearsheet;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.ExportedFile;
import io.tearsheet.io.AtomicFiles;
import io.tearsheet.io.FileNames;
import io.tearsheet.model.Article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The batch action that converts each input into {@code OUT/<folder>/<name>.<ext>} for every exporter, atomically
 * and with {@code .sha256} sidecars. Figures show the images found in the folder of their input file
 * ({@link BatchInput#images()}). With {@link Builder#resume(boolean)}, an input whose outputs are all complete
 * (present, with a matching sidecar) is skipped, so a rerun after an interruption only redoes what is missing.
 *
 * <p>Immutable and safe to use from several threads.
 *
 * @since 0.1.0
 */
public final class Conversion implements InputAction {
    private final Path outputDirectory;
    private final List<ArticleExporter> exporters;
    private final boolean resume;

    private Conversion(Builder builder) {
        this.outputDirectory = Objects.requireNonNull(builder.outputDirectory, "outputDirectory must be set");
        this.exporters = List.copyOf(builder.exporters);
        if (exporters.isEmpty()) {
            throw new IllegalArgumentException("a conversion needs at least one exporter");
        }
        this.resume = builder.resume;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Outcome apply(BatchInput input) throws IOException {
        Path folder = input.folder().isEmpty() ? outputDirectory
                : FileNames.resolveInside(outputDirectory, input.folder());
        if (resume && input.baseName() != null) {
            List<Path> targets = new ArrayList<>();
            boolean complete = true;
            for (ArticleExporter exporter : exporters) {
                Path target = folder.resolve(input.baseName() + "." + exporter.format().extension());
                targets.add(target);
                complete &= AtomicFiles.isComplete(target);
            }
            if (complete) {
                return Outcome.skipped(targets);
            }
        }
        Article article = input.read();
        String name = input.outputName(article);
        List<Path> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (ArticleExporter exporter : exporters) {
            ExportedFile exported = Tearsheet.write(article, exporter, input.images(), folder, name);
            files.add(exported.file().path());
            for (String warning : exported.report().warnings()) {
                warnings.add(exporter.format().name() + ": " + warning);
            }
        }
        return Outcome.done(files, warnings);
    }

    /** Configures a {@link Conversion}. */
    public static final class Builder {
        private Path outputDirectory;
        private final List<ArticleExporter> exporters = new ArrayList<>();
        private boolean resume;

        private Builder() {
        }

        /** Where the outputs go. Required. */
        public Builder outputDirectory(Path outputDirectory) {
            this.outputDirectory = outputDirectory;
            return this;
        }

        /** The formats to write, in order. At least one. */
        public Builder exporters(List<ArticleExporter> exporters) {
            this.exporters.clear();
            this.exporters.addAll(exporters);
            return this;
        }

        /** Skip inputs whose outputs are already complete (default: convert everything again). */
        public Builder resume(boolean resume) {
            this.resume = resume;
            return this;
        }

        public Conversion build() {
            return new Conversion(this);
        }
    }
}

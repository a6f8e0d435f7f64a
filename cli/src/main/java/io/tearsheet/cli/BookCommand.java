package io.tearsheet.cli;

import io.tearsheet.Tearsheet;
import io.tearsheet.TearsheetException;
import io.tearsheet.batch.BatchInput;
import io.tearsheet.batch.BookSources;
import io.tearsheet.export.ArticleSource;
import io.tearsheet.export.Book;
import io.tearsheet.export.BookExporter;
import io.tearsheet.export.ExportedFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code tearsheet book}: one EPUB and/or PDF from many articles.
 *
 * @since 0.1.0
 */
@Command(name = "book",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Makes one EPUB and/or PDF book from many articles, ordered by series part when they carry "
                + "one, else by date, else as given; with a table of contents and a who-is-quoted index.",
        footer = {"", "Examples:",
                "  tearsheet book part1.txt part2.txt part3.txt --title \"River Crossings\" --out books/river",
                "  tearsheet book series/ --to epub --title \"The Waterways\" --author \"Clara Mendes\" --out waterways.epub",
                "  tearsheet book crawl.warc.gz --include '/2024/03/' --keep-going --title \"March 2024\" --out march"})
public final class BookCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Article files, web archives (.warc, .warc.gz, .wet, .wet.gz) or folders (searched "
                    + "recursively).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--to", split = ",", paramLabel = "FORMAT",
            description = "Book formats, comma-separated (default: epub and pdf, those available).")
    List<String> formats = new ArrayList<>();

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "The book's title.")
    String title;

    @Option(names = "--subtitle", paramLabel = "TEXT", description = "The book's subtitle.")
    String subtitle;

    @Option(names = "--author", paramLabel = "NAME", description = "An author or editor for the title page; repeatable.")
    List<String> authors = new ArrayList<>();

    @Option(names = "--language", paramLabel = "TAG", description = "The book's BCP 47 language (default: the first article's).")
    String language;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The book file; its extension is replaced by each format's (books/river → books/river.epub, books/river.pdf).")
    Path out;

    @Option(names = "--keep-going", description = "Leave out articles that cannot be read, instead of failing.")
    boolean keepGoing;

    @Option(names = "--from", paramLabel = "TYPE", description = "Read inputs as text, html or json.")
    InputType from;

    @picocli.CommandLine.Mixin
    ArchiveOptions archives;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<BookExporter> exporters = exporters();
        List<BatchInput> all;
        ArticleSource articles;
        try {
            all = Inputs.of(inputs, from, System.in, archives.toOptions(spec.commandLine()), stderr);
            articles = BookSources.ordered(all, keepGoing ? (input, reason) -> stderr.println("tearsheet: "
                    + input.displayName() + ": left out: " + reason) : null,
                    (input, reason) -> stderr.println("tearsheet: " + input.displayName() + ": left out: " + reason));
        } catch (IllegalArgumentException | TearsheetException e) {
            stderr.println("tearsheet: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (articles.size() == 0) {
            stderr.println("tearsheet: book: no readable articles");
            return ExitCodes.BAD_INPUT;
        }
        Book.Builder builder = Book.builder().title(title).subtitle(subtitle).language(language).articles(articles);
        authors.forEach(builder::author);
        Book book = builder.build();
        for (BookExporter exporter : exporters) {
            Path target = target(exporter);
            try {
                ExportedFile file = Tearsheet.write(book, exporter, target);
                stdout.println(title + " (" + articles.size() + " articles) -> " + Displays.path(file.file().path()));
                for (String warning : file.report().warnings()) {
                    stderr.println("tearsheet: book: " + exporter.format().name() + ": " + warning);
                }
            } catch (TearsheetException e) {
                stderr.println("tearsheet: book: " + exporter.format().name() + ": " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            } catch (IOException e) {
                stderr.println("tearsheet: " + Displays.path(target) + ": " + e.getMessage());
                return ExitCodes.CANNOT_WRITE;
            }
        }
        return ExitCodes.OK;
    }

    private List<BookExporter> exporters() {
        List<BookExporter> exporters = new ArrayList<>();
        List<String> names = formats.isEmpty() ? List.of("epub", "pdf") : formats;
        for (String name : names) {
            String key = name.trim().toLowerCase(Locale.ROOT);
            Tearsheet.bookExporter(key).ifPresentOrElse(exporters::add, () -> {
                if (!formats.isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "no book exporter for '" + name + "'");
                }
            });
        }
        if (exporters.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no book exporters on the class path");
        }
        return exporters;
    }

    /** FILE with the format's extension: an extension of one of our formats is replaced, anything else is kept. */
    private Path target(BookExporter exporter) {
        String name = String.valueOf(out.getFileName());
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 && Tearsheet.bookExporter(name.substring(dot + 1).toLowerCase(Locale.ROOT)).isPresent()
                ? name.substring(0, dot) : name;
        return out.resolveSibling(stem + "." + exporter.format().extension());
    }
}

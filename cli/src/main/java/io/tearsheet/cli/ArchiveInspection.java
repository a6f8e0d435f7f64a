package io.tearsheet.cli;

import io.tearsheet.Tearsheet;
import io.tearsheet.TearsheetException;
import io.tearsheet.batch.ContainerOptions;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.model.Article;
import io.tearsheet.read.NoArticleException;
import io.tearsheet.warc.ArchiveListing;
import io.tearsheet.warc.ArchivedPage;
import io.tearsheet.warc.ArchivedRecord;
import io.tearsheet.warc.WarcArticles;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code inspect} shows of a web archive: every record with what becomes of it, and for each page its headline
 * and how many quotes it has, or why it is not an article; or, with {@code --record}, one page in full.
 */
final class ArchiveInspection {
    private static final int WHAT = 52;

    private final Path file;
    private final CommandLine commandLine;
    private final ContainerOptions options;

    ArchiveInspection(Path file, CommandLine commandLine, ContainerOptions options) {
        this.file = file;
        this.commandLine = commandLine;
        this.options = options;
    }

    int run(Long offset, boolean json) throws IOException {
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        WarcArticles warc = WarcArticles.builder().selection(options).build();
        ArchiveListing listing = warc.listEveryRecord(List.of(file));
        if (offset != null) {
            return one(listing, offset, json);
        }
        if (json) {
            throw new CommandLine.ParameterException(commandLine, "--json shows one article: add --record OFFSET "
                    + "(or convert the archive with --to json)");
        }
        Map<Long, ArchivedPage> pages = new HashMap<>();
        listing.pages().forEach(page -> pages.put(page.record().offset(), page));
        listing.notes().forEach(out::println);
        out.println();
        out.printf("%10s  %-10s %6s %6s  %-" + WHAT + "s  %s%n", "offset", "type", "status", "quotes",
                "headline, or why it is not read", "address");
        for (ArchivedRecord record : listing.records()) {
            String quotes = "";
            String what;
            ArchivedPage page = pages.get(record.offset());
            if (page != null) {
                try {
                    Article article = page.read();
                    quotes = String.valueOf(article.quotes().size());
                    what = article.metadata().headline();
                } catch (NoArticleException e) {
                    what = e.getMessage();
                } catch (TearsheetException | IOException e) {
                    what = "cannot be read: " + e.getMessage();
                }
            } else {
                what = record.disposition().label() + (record.detail() == null ? "" : ": " + record.detail());
            }
            out.println(String.format(java.util.Locale.ROOT, "%10d  %-10s %6s %6s  %-" + WHAT + "s  %s",
                    record.offset(), record.type() == null ? "?" : record.type(),
                    record.httpStatus() == 0 ? "" : String.valueOf(record.httpStatus()), quotes,
                    abbreviate(what, WHAT), record.targetUri() == null ? "" : record.targetUri()).stripTrailing());
        }
        out.flush();
        if (!listing.damaged().isEmpty()) {
            for (ArchivedRecord damaged : listing.damaged()) {
                err.println("tearsheet: " + damaged.place() + ": damaged record at offset " + damaged.offset()
                        + " of " + damaged.fileName() + ": " + damaged.detail());
            }
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }

    private int one(ArchiveListing listing, long offset, boolean json) {
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        ArchivedPage page = listing.pages().stream().filter(p -> p.record().offset() == offset).findFirst()
                .orElse(null);
        if (page == null) {
            String what = listing.records().stream().filter(r -> r.offset() == offset).findFirst()
                    .map(r -> "a " + (r.type() == null ? "damaged" : r.type()) + " record, not a page to read ("
                            + r.disposition().label() + (r.detail() == null ? "" : ": " + r.detail()) + ")")
                    .orElse("no record starts at this offset");
            err.println("tearsheet: " + file.getFileName() + "@" + offset + ": " + what);
            return ExitCodes.BAD_INPUT;
        }
        Article article;
        try {
            article = page.read();
        } catch (TearsheetException | IOException e) {
            err.println("tearsheet: " + page.displayName() + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (json) {
            ArticleExporter exporter = Tearsheet.exporter("json").orElseThrow(() ->
                    new CommandLine.ParameterException(commandLine, "no JSON exporter on the class path"));
            out.print(new String(exporter.toBytes(article), StandardCharsets.UTF_8));
        } else {
            new ArticleSummary(article).print(out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String abbreviate(String text, int length) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= length ? flat : flat.substring(0, length - 1) + "…";
    }
}

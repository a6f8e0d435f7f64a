package io.tearsheet.spark.internal;

import io.tearsheet.MediaTypes;
import io.tearsheet.Tearsheet;
import io.tearsheet.export.ArticleExporter;
import io.tearsheet.io.Sha256;
import io.tearsheet.model.Article;
import io.tearsheet.read.NoArticleException;
import io.tearsheet.warc.WarcArticles;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Converts one input row: reads it with core's readers, renders each requested format (or a bag holding them all)
 * and writes it through the output store, skipping outputs that are already complete when resuming.
 *
 * <p>A row read from a web archive ({@link InputArticle#archive()}) holds its record's bytes and is read with
 * {@link WarcArticles}, so its article names the record in its provenance; a page that is not an article is
 * {@link ArticleStatus#NO_ARTICLE}, a damaged record fails with its damage.
 *
 * <p>A bad article never throws: whatever a reader or exporter throws (including a stack overflow on absurdly deep
 * input) becomes the catalog's {@code error}. Only the output store's {@link IOException}s escape, because a file
 * system that fails is the task's problem, and Spark retries tasks.
 */
public final class ArticleConverter {
    private final OutputLayout layout;
    private final OutputStore store;
    private final List<ArticleExporter> exporters;
    private final boolean bags;
    private final boolean resume;
    private WarcArticles warc;

    /**
     * @param exporters the formats to write, in order
     * @param bags      write one bag per article holding the original and every format, instead of loose files
     * @param resume    skip outputs that are already complete
     */
    public ArticleConverter(OutputLayout layout, OutputStore store, List<ArticleExporter> exporters, boolean bags,
                            boolean resume) {
        this.layout = Objects.requireNonNull(layout, "layout must not be null");
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.exporters = List.copyOf(exporters);
        this.bags = bags;
        this.resume = resume;
    }

    /**
     * Converts one row.
     *
     * @throws IOException when the output store fails
     */
    public ConvertedArticle convert(InputArticle input) throws IOException {
        if (input.id() == null || input.id().isBlank()) {
            return ConvertedArticle.failed(input, null, null, "the id is missing");
        }
        if (input.archive() != null && input.archive().error() != null) {
            return ConvertedArticle.failed(input, MediaTypes.WARC, null, input.archive().error());
        }
        if (input.content() == null) {
            return ConvertedArticle.failed(input, null, null, "the content is missing");
        }
        String mediaType = mediaType(input);
        String inputSha256 = Sha256.hex(input.content());
        Article article;
        try {
            article = input.archive() != null
                    ? archives().read(input.content(), input.archive().filename(), input.archive().offset())
                    : Tearsheet.read(input.content(), mediaType);
        } catch (NoArticleException e) {
            return new ConvertedArticle(input, mediaType, inputSha256, null, ArticleStatus.NO_ARTICLE, e.getMessage(),
                    Map.of(), List.of());
        } catch (RuntimeException | StackOverflowError e) {
            return ConvertedArticle.failed(input, mediaType, inputSha256, Failures.describe(e));
        }
        List<String> warnings = new ArrayList<>();
        Map<String, StoredFile> outputs = new LinkedHashMap<>();
        ArticleExports exports = new ArticleExports(article, warnings);
        String error = bags
                ? writeBag(input, mediaType, article, exports, outputs)
                : writeFiles(input.id(), exports, outputs);
        ArticleStatus status;
        if (error != null) {
            status = ArticleStatus.FAILED;
        } else if (!outputs.isEmpty() && outputs.values().stream().noneMatch(StoredFile::written)) {
            status = ArticleStatus.SKIPPED;
        } else {
            status = ArticleStatus.CONVERTED;
        }
        return new ConvertedArticle(input, mediaType, inputSha256, article, status, error,
                Collections.unmodifiableMap(outputs), List.copyOf(warnings));
    }

    /** Writes each format as its own file; returns the failures, or null. Formats that work are written anyway. */
    private String writeFiles(String id, ArticleExports exports, Map<String, StoredFile> outputs) throws IOException {
        List<String> errors = new ArrayList<>();
        for (ArticleExporter exporter : exporters) {
            String name = exporter.format().name();
            String path = layout.file(name, id, exporter.format().extension());
            Optional<StoredFile> existing = resume ? store.complete(path) : Optional.empty();
            if (existing.isPresent()) {
                outputs.put(name, existing.get());
                continue;
            }
            try {
                outputs.put(name, store.write(path, exports.export(exporter).bytes()));
            } catch (ExportFailure e) {
                errors.add(e.getMessage());
            }
        }
        return errors.isEmpty() ? null : String.join("; ", errors);
    }

    /** Writes one bag holding the original and every format, or none at all when a format fails. */
    private String writeBag(InputArticle input, String mediaType, Article article, ArticleExports exports,
                            Map<String, StoredFile> outputs) throws IOException {
        String bag = layout.bag(input.id());
        String name = OutputLayout.name(input.id());
        Optional<StoredFile> existing = resume ? store.completeBag(bag) : Optional.empty();
        if (existing.isPresent()) {
            outputs.put("bag", existing.get());
            for (ArticleExporter exporter : exporters) {
                outputs.put(exporter.format().name(), store.inspect(payloadPath(bag, name, exporter)));
            }
            return null;
        }
        List<ArticleExporter> rendered = new ArrayList<>();
        try {
            for (ArticleExporter exporter : exporters) {
                rendered.add(exports.export(exporter));
            }
        } catch (ExportFailure e) {
            return e.getMessage();
        }
        // The exports' warnings are already recorded; the bag writer's copy of them is not needed.
        String originalName = name + "." + (MediaTypes.WARC.equals(mediaType)
                ? (isGzip(input.content()) ? "warc.gz" : "warc") : extension(mediaType));
        StoredFile written = store.writeBag(bag, article, rendered, originalName, input.content(),
                new ArrayList<>());
        outputs.put("bag", written);
        for (ArticleExporter exporter : rendered) {
            byte[] bytes = ((PrecomputedExporter) exporter).bytes();
            outputs.put(exporter.format().name(),
                    new StoredFile(payloadPath(bag, name, exporter), Sha256.hex(bytes), bytes.length, true));
        }
        return null;
    }

    /** Where a bag writer puts a format: {@code data/NAME.EXT}. */
    private static String payloadPath(String bag, String name, ArticleExporter exporter) {
        return bag + "/data/" + name + "." + exporter.format().extension();
    }

    /** Web archive reading, made when the first record comes. */
    private WarcArticles archives() {
        if (warc == null) {
            warc = WarcArticles.create();
        }
        return warc;
    }

    private static String mediaType(InputArticle input) {
        if (input.archive() != null) {
            return MediaTypes.WARC;
        }
        if (input.mediaType() != null && !input.mediaType().isBlank()) {
            return input.mediaType().strip();
        }
        String name = input.url() != null ? input.url() : input.id();
        int slash = name.lastIndexOf('/');
        return MediaTypes.detect(name.substring(slash + 1), input.content());
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case MediaTypes.HTML -> "html";
            case MediaTypes.JSON -> "json";
            default -> "txt";
        };
    }
}

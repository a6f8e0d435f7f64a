package io.tearsheet;

import io.tearsheet.export.ArticleExporter;
import io.tearsheet.export.Book;
import io.tearsheet.export.BookExporter;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.ExportedFile;
import io.tearsheet.export.Format;
import io.tearsheet.export.ImageResolver;
import io.tearsheet.io.AtomicFiles;
import io.tearsheet.io.FileNames;
import io.tearsheet.io.WrittenFile;
import io.tearsheet.model.Article;
import io.tearsheet.read.ArticleReader;
import io.tearsheet.read.ReadException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;

/**
 * The one obvious entry point: read an article from a file or bytes, find exporters, get the embedded sample.
 *
 * <pre>{@code
 * Article article = Tearsheet.read(Path.of("story.txt"));
 * for (ArticleExporter exporter : Tearsheet.defaultExporters()) {
 *     ExportedFile file = Tearsheet.write(article, exporter, Path.of("out"), "story");
 * }
 * }</pre>
 *
 * Readers and exporters are found with {@link ServiceLoader}: plain text is always there (core); JSON, EPUB, PDF
 * and HTML come with their modules on the class path.
 *
 * @since 0.1.0
 */
public final class Tearsheet {
    private static final String SAMPLE = "sample/night-ferries.txt";
    private static final List<String> ARCHIVAL_FORMATS = List.of("json", "epub", "pdf");

    private Tearsheet() {
    }

    /** This library's version, for example {@code 0.1.0}. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = Tearsheet.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    /**
     * Reads an article from a file, choosing the reader by the file's name and content (see
     * {@link MediaTypes#detect}).
     *
     * @throws IOException   when the file cannot be read
     * @throws ReadException when its content is not an article
     */
    public static Article read(Path file) throws IOException {
        return read(file, MediaTypes.detect(String.valueOf(file.getFileName()), head(file)));
    }

    /**
     * Reads an article from a file of the given media type. The reader gets the file itself, so that it can resolve
     * what the file refers to (a saved web page's images in the folder beside it).
     *
     * @throws IOException   when the file cannot be read
     * @throws ReadException when no reader handles the media type, or the content is not an article
     */
    public static Article read(Path file, String mediaType) throws IOException {
        return reader(mediaType).orElseThrow(() -> noReader(mediaType)).read(file);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        }
    }

    /**
     * Reads an article from bytes of the given media type.
     *
     * @throws ReadException when no reader handles the media type, or the bytes are not an article
     */
    public static Article read(byte[] input, String mediaType) {
        return reader(mediaType).orElseThrow(() -> noReader(mediaType)).read(input);
    }

    private static ReadException noReader(String mediaType) {
        if (MediaTypes.WARC.equals(mediaType)) {
            return new ReadException("a web archive holds many articles, not one: list them with "
                    + "BatchInputs.expand (tearsheet-import-warc), as the command line does");
        }
        return new ReadException("no reader for " + mediaType + " on the class path");
    }

    /** The reader for a media type, if one is on the class path. */
    public static Optional<ArticleReader> reader(String mediaType) {
        Objects.requireNonNull(mediaType, "mediaType must not be null");
        for (ArticleReader reader : ServiceLoader.load(ArticleReader.class, Tearsheet.class.getClassLoader())) {
            if (reader.mediaType().equals(mediaType)) {
                return Optional.of(reader);
            }
        }
        return Optional.empty();
    }

    /** The embedded sample article's text: a scraped page of our own writing, boilerplate and all. */
    public static byte[] sampleText() {
        try (InputStream in = Tearsheet.class.getResourceAsStream(SAMPLE)) {
            return Objects.requireNonNull(in, "sample missing from the jar").readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded sample article, read from {@link #sampleText()} by the plain-text reader. */
    public static Article sample() {
        return read(sampleText(), MediaTypes.TEXT);
    }

    /** Every article exporter on the class path, ordered by format name. */
    public static List<ArticleExporter> exporters() {
        List<ArticleExporter> exporters = new ArrayList<>();
        ServiceLoader.load(ArticleExporter.class, Tearsheet.class.getClassLoader()).forEach(exporters::add);
        exporters.sort(java.util.Comparator.comparing(e -> e.format().name()));
        return exporters;
    }

    /** The exporter of a format, by its name ({@code json}, {@code epub}, {@code pdf}, {@code jsonld}). */
    public static Optional<ArticleExporter> exporter(String formatName) {
        return exporters().stream().filter(e -> e.format().name().equals(formatName)).findFirst();
    }

    /** The exporters of the archival formats (JSON, EPUB, PDF) that are on the class path, in that order. */
    public static List<ArticleExporter> defaultExporters() {
        List<ArticleExporter> defaults = new ArrayList<>();
        for (String name : ARCHIVAL_FORMATS) {
            exporter(name).ifPresent(defaults::add);
        }
        return defaults;
    }

    /**
     * Writes {@code article} as {@code directory/baseName.EXT} with {@code exporter}, atomically, with a
     * {@code .sha256} sidecar beside it. {@code baseName} is made safe first ({@link FileNames#safeName}), so no
     * name can place the file outside {@code directory}.
     *
     * @throws IOException     when writing fails; nothing is left under the target name
     * @throws io.tearsheet.export.ExportException when the format cannot hold the article
     */
    public static ExportedFile write(Article article, ArticleExporter exporter, Path directory, String baseName)
            throws IOException {
        return write(article, exporter, ImageResolver.none(), directory, baseName);
    }

    /**
     * Writes {@code article} as {@link #write(Article, ArticleExporter, Path, String)} does, showing the images of its
     * figures that {@code images} finds (for a saved page, {@link ImageResolver#folder} of the page's folder).
     *
     * @throws IOException     when writing fails; nothing is left under the target name
     * @throws io.tearsheet.export.ExportException when the format cannot hold the article
     */
    public static ExportedFile write(Article article, ArticleExporter exporter, ImageResolver images, Path directory,
                                     String baseName) throws IOException {
        Objects.requireNonNull(images, "images must not be null");
        Path target = FileNames.resolveInside(directory,
                FileNames.safeName(baseName) + "." + exporter.format().extension());
        ExportReport[] report = new ExportReport[1];
        WrittenFile written = AtomicFiles.writeWithChecksum(target,
                out -> report[0] = exporter.export(article, images, out));
        return new ExportedFile(exporter.format(), written, report[0]);
    }

    /**
     * Writes {@code book} to {@code target} with {@code exporter}, atomically, with a {@code .sha256} sidecar.
     *
     * @throws IOException when writing fails, or reading one of the book's articles fails
     */
    public static ExportedFile write(Book book, BookExporter exporter, Path target) throws IOException {
        ExportReport[] report = new ExportReport[1];
        WrittenFile written = AtomicFiles.writeWithChecksum(target, out -> report[0] = exporter.export(book, out));
        return new ExportedFile(exporter.format(), written, report[0]);
    }

    /** Every book exporter on the class path, ordered by format name. */
    public static List<BookExporter> bookExporters() {
        List<BookExporter> exporters = new ArrayList<>();
        ServiceLoader.load(BookExporter.class, Tearsheet.class.getClassLoader()).forEach(exporters::add);
        exporters.sort(java.util.Comparator.comparing(e -> e.format().name()));
        return exporters;
    }

    /** The book exporter of a format, by its name. */
    public static Optional<BookExporter> bookExporter(String formatName) {
        return bookExporters().stream().filter(e -> e.format().name().equals(formatName)).findFirst();
    }

    /** The format with this name among the exporters on the class path. */
    public static Optional<Format> format(String name) {
        return exporter(name).map(ArticleExporter::format);
    }
}

package io.tearsheet.pdf;

import io.tearsheet.export.ArticleExporter;
import io.tearsheet.pdf.internal.font.FontProgram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The options of both PDF exporters, set the same way on {@link PdfExporter.Builder} and
 * {@link PdfBookExporter.Builder}, which add only {@code build()}; every option has a default. Each setter
 * checks its value at once. Not thread-safe; the exporters built are.
 *
 * @param <B> the builder itself, so that calls chain
 */
abstract class PdfOptionsBuilder<B extends PdfOptionsBuilder<B>> {
    private PageSize pageSize;
    private Margins margins;
    private Integer columns;
    private boolean twoSided;
    private Instant timestamp;
    private final List<FontProgram> fonts = new ArrayList<>();
    private boolean hyphenation;
    private ArticleExporter attachment;

    PdfOptionsBuilder() {
        copy(PdfOptions.DEFAULTS);
    }

    /**
     * Takes every option {@code exporter} was built with, to go on from: a book set like a single article, or a
     * variant of an exporter. Options left at their default there (margins, columns) stay so, and follow the page
     * size set afterwards.
     *
     * <pre>{@code
     * PdfExporter article = PdfExporter.builder().pageSize(PageSize.A5).hyphenation(false).build();
     * PdfBookExporter book = PdfBookExporter.builder().from(article).twoSided(true).build();
     * }</pre>
     */
    public B from(PdfExporter exporter) {
        Objects.requireNonNull(exporter, "exporter must not be null");
        copy(exporter.options());
        return self();
    }

    /** The page size; default {@link PageSize#A4}. */
    public B pageSize(PageSize pageSize) {
        this.pageSize = Objects.requireNonNull(pageSize, "pageSize must not be null");
        return self();
    }

    /** The margins; default {@link Margins#defaultFor} the page size. */
    public B margins(Margins margins) {
        this.margins = Objects.requireNonNull(margins, "margins must not be null");
        return self();
    }

    /**
     * One or two columns of text below each headline; default two on pages as wide as A4 or US Letter (a text
     * block wider than 360 points), one on narrower pages (A5, 6×9 in).
     *
     * @throws IllegalArgumentException when {@code columns} is neither 1 nor 2
     */
    public B columns(int columns) {
        if (columns < 1 || columns > 2) {
            throw new IllegalArgumentException("columns must be 1 or 2, was " + columns);
        }
        this.columns = columns;
        return self();
    }

    /**
     * Facing pages: mirrored margins and running heads, and in a book every article opening on a right-hand page;
     * default false.
     */
    public B twoSided(boolean twoSided) {
        this.twoSided = twoSided;
        return self();
    }

    /**
     * The date written as the file's creation and modification date; default {@link
     * io.tearsheet.export.ExportTimestamp}'s choice: {@code SOURCE_DATE_EPOCH}, else the article's date (for a
     * book, the latest of its articles' dates).
     */
    public B timestamp(Instant timestamp) {
        this.timestamp = Objects.requireNonNull(timestamp, "timestamp must not be null");
        return self();
    }

    /**
     * Registers a TrueType (or TrueType-flavoured OpenType) font, tried for characters the text face lacks
     * before the built-in fallback; for example a CJK font. Fonts are tried in the order registered.
     *
     * @throws IllegalArgumentException when the file is not a font that can be embedded
     * @throws UncheckedIOException     when the file cannot be read
     */
    public B font(Path file) {
        Objects.requireNonNull(file, "font file must not be null");
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
        return font(dot > 0 ? name.substring(0, dot) : name, bytes);
    }

    /**
     * Registers a font from its bytes, named {@code name} in reports; see {@link #font(Path)}.
     *
     * @throws IllegalArgumentException when the bytes are not a font that can be embedded
     */
    public B font(String name, byte[] bytes) {
        Objects.requireNonNull(name, "font name must not be null");
        Objects.requireNonNull(bytes, "font bytes must not be null");
        FontProgram program = new FontProgram(name, bytes);
        FontCheck.check(program);
        fonts.add(program);
        return self();
    }

    /** Whether to hyphenate (English patterns; other languages are never hyphenated); default true. */
    public B hyphenation(boolean hyphenation) {
        this.hyphenation = hyphenation;
        return self();
    }

    /**
     * The exporter whose output is embedded as each article's associated source file; default the
     * {@link java.util.ServiceLoader} exporter of {@link io.tearsheet.export.Format#JSON}.
     */
    public B attachment(ArticleExporter exporter) {
        this.attachment = Objects.requireNonNull(exporter, "attachment exporter must not be null");
        return self();
    }

    /** The options as set so far. */
    PdfOptions options() {
        return new PdfOptions(pageSize, margins, columns, twoSided, timestamp, fonts, hyphenation, attachment);
    }

    private void copy(PdfOptions options) {
        pageSize = options.pageSize();
        margins = options.margins();
        columns = options.columns();
        twoSided = options.twoSided();
        timestamp = options.timestamp();
        fonts.clear();
        fonts.addAll(options.fonts());
        hyphenation = options.hyphenation();
        attachment = options.attachment();
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}

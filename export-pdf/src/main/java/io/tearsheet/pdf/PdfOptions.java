package io.tearsheet.pdf;

import io.tearsheet.export.ArticleExporter;
import io.tearsheet.pdf.internal.PdfSettings;
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
 * The options both PDF exporters' builders share. Package-private: users meet them through
 * {@link PdfExporter.Builder} and {@link PdfBookExporter.Builder}.
 */
final class PdfOptions {
    /** The widest text block, in points, still set in one column by default. */
    static final float ONE_COLUMN_MAX = 360;

    PageSize pageSize = PageSize.A4;
    Margins margins;
    /** Null means chosen by page width: see {@link #settings()}. */
    Integer columns;
    boolean twoSided;
    Instant timestamp;
    final List<FontProgram> fonts = new ArrayList<>();
    boolean hyphenation = true;
    ArticleExporter attachment;

    void pageSize(PageSize value) {
        this.pageSize = Objects.requireNonNull(value, "pageSize must not be null");
    }

    void margins(Margins value) {
        this.margins = Objects.requireNonNull(value, "margins must not be null");
    }

    void columns(int value) {
        if (value < 1 || value > 2) {
            throw new IllegalArgumentException("columns must be 1 or 2, was " + value);
        }
        this.columns = value;
    }

    void timestamp(Instant value) {
        this.timestamp = Objects.requireNonNull(value, "timestamp must not be null");
    }

    void font(Path file) {
        Objects.requireNonNull(file, "font file must not be null");
        try {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            font(dot > 0 ? name.substring(0, dot) : name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }

    void font(String name, byte[] bytes) {
        Objects.requireNonNull(name, "font name must not be null");
        Objects.requireNonNull(bytes, "font bytes must not be null");
        FontProgram program = new FontProgram(name, bytes);
        FontCheck.check(program);
        fonts.add(program);
    }

    void attachment(ArticleExporter value) {
        this.attachment = Objects.requireNonNull(value, "attachment exporter must not be null");
    }

    PdfSettings settings() {
        Margins effective = margins != null ? margins : Margins.defaultFor(pageSize);
        return new PdfSettings(pageSize, effective, columns != null ? columns : columnsFor(pageSize, effective),
                twoSided, timestamp, fonts, hyphenation, attachment);
    }

    /**
     * Two columns when one would run past about 75 characters a line (a text block wider than {@value #ONE_COLUMN_MAX}
     * points, as on A4 and US Letter); one column on narrower pages (A5, 6×9 in).
     */
    static int columnsFor(PageSize size, Margins margins) {
        return size.width() - margins.inner() - margins.outer() > ONE_COLUMN_MAX ? 2 : 1;
    }
}

package io.tearsheet.epub;

import io.tearsheet.epub.internal.BookEpubWriter;
import io.tearsheet.epub.internal.ResolvedOptions;
import io.tearsheet.export.Book;
import io.tearsheet.export.BookExporter;
import io.tearsheet.export.ExportException;
import io.tearsheet.export.ExportReport;
import io.tearsheet.export.ExportTimestamp;
import io.tearsheet.export.Format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes many articles as one EPUB 3.3 ebook: a generated cover and title page, a table of contents (grouped by series or by month,
 * see {@link BookArrangement}), one XHTML document per article with its own "Sources quoted" page, and a
 * combined "Who is quoted" index in which a source quoted in several articles appears once, with links into each.
 *
 * <pre>{@code
 * Book book = Book.builder().title("The City's Waterways").author("Clara Mendes").articles(parts).build();
 * EpubBookExporter exporter = EpubBookExporter.builder().arrangement(BookArrangement.BY_SERIES).build();
 * AtomicFiles.writeWithChecksum(dir.resolve("waterways.epub"), out -> exporter.export(book, out));
 * }</pre>
 *
 * <p>The export streams: it reads each article twice from the book's {@link io.tearsheet.export.ArticleSource}
 * (once to plan the contents and the package, once to write it) and never holds more than one article, so a book
 * of ten thousand articles fits in a small heap. The source must return the same article both times; an
 * {@link ExportException} says so when it does not.
 *
 * <p>Everything {@link EpubExporter} says about determinism, identifiers, images and text safety holds here too.
 * Each article's figures show the images its {@link io.tearsheet.export.ArticleSource#images(int)} finds, numbered
 * across the book; the report lists, by headline, the figures shown without theirs.
 * The book's identifier is {@link Book#identifier()} when it has one, else a name-based UUID of its title and
 * its articles; its modification time is the one given to the builder, else
 * {@link ExportTimestamp#ofLatest}: {@code SOURCE_DATE_EPOCH}, else the latest article date, else 1980-01-01.
 *
 * <p>Instances are immutable and thread-safe. The public constructor gives the defaults, the same as
 * {@code builder().build()}, for {@link java.util.ServiceLoader}.
 *
 * @see <a href="https://www.w3.org/TR/epub-33/">EPUB 3.3</a>
 * @since 0.1.0
 */
public final class EpubBookExporter implements BookExporter {
    private final EpubOptions options;
    private final ResolvedOptions resolved;
    private final BookArrangement arrangement;
    private final boolean whoIsQuoted;

    /** An exporter with the default options; the same as {@code builder().build()}. */
    public EpubBookExporter() {
        this(builder());
    }

    private EpubBookExporter(Builder builder) {
        this.options = builder.epubOptions();
        this.resolved = options.resolve();
        this.arrangement = builder.arrangement;
        this.whoIsQuoted = builder.whoIsQuoted;
    }

    /**
     * A builder with the defaults: those of {@link EpubOptions#defaults()} ({@link EpubStyle#CLASSIC}, cover,
     * title page and sources pages on), {@link BookArrangement#BY_SERIES} and the "Who is quoted" index on.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The options this exporter shares with {@link EpubExporter}. */
    public EpubOptions options() {
        return options;
    }

    /** {@link Format#EPUB}. */
    @Override
    public Format format() {
        return Format.EPUB;
    }

    /**
     * Writes {@code book} as an EPUB to {@code out}, which is flushed but not closed. Nothing is written until
     * every article has been read once; a failure after that leaves a partial file in {@code out}, so write
     * through {@link io.tearsheet.io.AtomicFiles}.
     *
     * @return the characters dropped and the links kept as text, if any
     * @throws IOException     when writing fails, or reading an article does
     * @throws ExportException when the book has no articles, its source returns a different article the
     *                         second time, or {@code SOURCE_DATE_EPOCH} is set but malformed
     */
    @Override
    public ExportReport export(Book book, OutputStream out) throws IOException {
        Objects.requireNonNull(book, "book must not be null");
        Objects.requireNonNull(out, "out must not be null");
        return new BookEpubWriter(resolved, arrangement, whoIsQuoted).write(book, out);
    }

    /**
     * Configures an {@link EpubBookExporter}: the {@linkplain EpubOptions.Builder settings every EPUB exporter has}
     * (take an {@link EpubExporter}'s with {@code options(exporter.options())}), and those of a book. Not
     * thread-safe; {@link #build()} copies the settings, so one builder can make several exporters.
     */
    public static final class Builder extends EpubOptions.Builder<Builder> {
        private boolean whoIsQuoted = true;
        private BookArrangement arrangement = BookArrangement.BY_SERIES;

        private Builder() {
        }

        /** Whether to end the book with the "Who is quoted" index across all its articles (default: yes). */
        public Builder whoIsQuoted(boolean whoIsQuoted) {
            this.whoIsQuoted = whoIsQuoted;
            return this;
        }

        /** How the articles are ordered and the contents grouped (default: {@link BookArrangement#BY_SERIES}). */
        public Builder arrangement(BookArrangement arrangement) {
            this.arrangement = Objects.requireNonNull(arrangement, "arrangement must not be null");
            return this;
        }

        /** An exporter with the settings made so far. */
        public EpubBookExporter build() {
            return new EpubBookExporter(this);
        }
    }
}

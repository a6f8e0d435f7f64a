package io.tearsheet.epub;

import io.tearsheet.epub.internal.ResolvedOptions;
import io.tearsheet.export.ExportTimestamp;

import java.time.Instant;
import java.util.Objects;

/**
 * The options {@link EpubExporter} and {@link EpubBookExporter} share: the modification time, which generated pages
 * to add, and the stylesheet. Both exporters' builders set them the same way ({@link Builder}) and both exporters
 * give theirs back ({@link EpubExporter#options()}), so a book can be made to look like the single articles:
 *
 * <pre>{@code
 * EpubExporter articles = EpubExporter.builder().style(EpubStyle.MINIMAL).cover(false).build();
 * EpubBookExporter books = EpubBookExporter.builder().options(articles.options())
 *         .arrangement(BookArrangement.BY_DATE)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EpubOptions {
    private static final EpubOptions DEFAULTS = new EpubOptions(null, true, true, true, EpubStyle.CLASSIC, null);

    private final Instant modified;
    private final boolean sourcesPage;
    private final boolean cover;
    private final boolean titlePage;
    private final EpubStyle style;
    private final String extraCss;

    private EpubOptions(Instant modified, boolean sourcesPage, boolean cover, boolean titlePage, EpubStyle style,
                        String extraCss) {
        this.modified = modified;
        this.sourcesPage = sourcesPage;
        this.cover = cover;
        this.titlePage = titlePage;
        this.style = style;
        this.extraCss = extraCss;
    }

    /**
     * The defaults: no fixed modification time, "Sources quoted" pages, cover and title page on,
     * {@link EpubStyle#CLASSIC}, no extra CSS.
     */
    public static EpubOptions defaults() {
        return DEFAULTS;
    }

    /** The modification time to record, or null to take {@link ExportTimestamp}'s. */
    public Instant modified() {
        return modified;
    }

    /** Whether each article that quotes anyone gets its "Sources quoted" page. */
    public boolean sourcesPage() {
        return sourcesPage;
    }

    /** Whether the EPUB opens with a generated cover. */
    public boolean cover() {
        return cover;
    }

    /** Whether a generated title page follows the cover. */
    public boolean titlePage() {
        return titlePage;
    }

    /** The shipped stylesheet. */
    public EpubStyle style() {
        return style;
    }

    /** The CSS added after the stylesheet, or null. */
    public String extraCss() {
        return extraCss;
    }

    /** The options as the writers use them, with the stylesheet read. */
    ResolvedOptions resolve() {
        return ResolvedOptions.of(modified, sourcesPage, cover, titlePage, style.resource(), extraCss);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EpubOptions that && Objects.equals(modified, that.modified)
                && sourcesPage == that.sourcesPage && cover == that.cover && titlePage == that.titlePage
                && style == that.style && Objects.equals(extraCss, that.extraCss);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modified, sourcesPage, cover, titlePage, style, extraCss);
    }

    @Override
    public String toString() {
        return "EpubOptions[modified=" + modified + ", sourcesPage=" + sourcesPage + ", cover=" + cover
                + ", titlePage=" + titlePage + ", style=" + style + ", extraCss=" + extraCss + "]";
    }

    /**
     * The settings both exporters' builders share, starting from {@link EpubOptions#defaults()}; each returns the
     * exporter's own builder, so they chain with its other settings. Not thread-safe.
     *
     * @param <B> the exporter's builder
     */
    public abstract static class Builder<B extends Builder<B>> {
        private Instant modified;
        private boolean sourcesPage = DEFAULTS.sourcesPage;
        private boolean cover = DEFAULTS.cover;
        private boolean titlePage = DEFAULTS.titlePage;
        private EpubStyle style = DEFAULTS.style;
        private String extraCss;

        /** Only the exporters' builders extend it. */
        Builder() {
        }

        /** Takes every setting of {@code options}, replacing those made so far. */
        public B options(EpubOptions options) {
            Objects.requireNonNull(options, "options must not be null");
            this.modified = options.modified;
            this.sourcesPage = options.sourcesPage;
            this.cover = options.cover;
            this.titlePage = options.titlePage;
            this.style = options.style;
            this.extraCss = options.extraCss;
            return self();
        }

        /**
         * The time recorded as the EPUB's {@code dcterms:modified} and as its zip entries' time. By default (or
         * with null) it is {@link ExportTimestamp}'s: {@code SOURCE_DATE_EPOCH}, else the article's publication
         * date (for a book, the latest article date), else 1980-01-01.
         */
        public B modified(Instant modified) {
            this.modified = modified;
            return self();
        }

        /**
         * Whether each article that quotes anyone gets its "Sources quoted" page, every quotation linked to it
         * (default: yes).
         */
        public B sourcesPage(boolean sourcesPage) {
            this.sourcesPage = sourcesPage;
            return self();
        }

        /**
         * Whether to open with a generated cover: an SVG image of the title on a page of its own, which reading
         * systems also show in their libraries (default: yes).
         */
        public B cover(boolean cover) {
            this.cover = cover;
            return self();
        }

        /** Whether to add a generated title page after the cover (default: yes). */
        public B titlePage(boolean titlePage) {
            this.titlePage = titlePage;
            return self();
        }

        /** The stylesheet (default: {@link EpubStyle#CLASSIC}). */
        public B style(EpubStyle style) {
            this.style = Objects.requireNonNull(style, "style must not be null");
            return self();
        }

        /**
         * CSS added after the chosen stylesheet, for a publisher's own touches (default: none; blank counts as
         * none). It is copied into the EPUB as given: keep it to valid CSS that loads nothing remote, or epubcheck
         * will say so.
         */
        public B extraCss(String extraCss) {
            this.extraCss = extraCss;
            return self();
        }

        /** The options set so far. */
        EpubOptions epubOptions() {
            return new EpubOptions(modified, sourcesPage, cover, titlePage, style,
                    extraCss == null || extraCss.isBlank() ? null : extraCss);
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }
    }
}

package io.tearsheet.export;

import io.tearsheet.model.Article;
import io.tearsheet.model.BlockHandler;
import io.tearsheet.model.Blocks;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Inlines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The images an exporter embeds for one article's figures, found once before writing: each distinct picture gets a
 * number, in the order of first use, and a file name made from it ({@code figure-1.jpg}), never from the page; the
 * same picture used twice, under one address or two, is embedded once. Figures without an image are listed as report
 * notes, so a reader of the report knows which figures are shown only as descriptions.
 *
 * <pre>{@code
 * FigureImages images = FigureImages.of(article, ImageResolver.folder(folder));
 * images.image(figure).ifPresent(numbered -> embed(numbered.fileName(), numbered.image()));
 * report.addAll(images.notes());
 * }</pre>
 *
 * Immutable once made.
 *
 * @since 0.1.0
 */
public final class FigureImages {
    /** Sources longer than this are shortened in notes (a {@code data:} URI can be megabytes). */
    private static final int SHOWN_SOURCE = 80;

    private final Map<String, Numbered> bySource;
    private final List<Numbered> images;
    private final List<String> notes;

    private FigureImages(Map<String, Numbered> bySource, List<Numbered> images, List<String> notes) {
        this.bySource = Map.copyOf(bySource);
        this.images = List.copyOf(images);
        this.notes = List.copyOf(notes);
    }

    /**
     * An image and the number it is embedded under.
     *
     * @param number from the first number given to {@link #of(Article, ImageResolver, Function, int)}, one per
     *               distinct picture
     * @param image  the picture
     */
    public record Numbered(int number, Image image) {
        public Numbered {
            Objects.requireNonNull(image, "image must not be null");
        }

        /** The file name to embed it under: {@code figure-NUMBER.EXT}. */
        public String fileName() {
            return "figure-" + number + "." + image.extension();
        }
    }

    /** Finds the images of {@code article}'s figures with {@code resolver}, numbered from 1. */
    public static FigureImages of(Article article, ImageResolver resolver) {
        return of(article, resolver, image -> Optional.empty(), 1);
    }

    /**
     * Finds the images of {@code article}'s figures with {@code resolver}.
     *
     * @param refusal     why the exporter's format cannot take an image that was found (a CMYK JPEG in an sRGB
     *                    PDF/A), finishing "image SOURCE …"; empty when it can
     * @param firstNumber the number of the first distinct picture (a book continues its chapters' numbering)
     */
    public static FigureImages of(Article article, ImageResolver resolver, Function<Image, Optional<String>> refusal,
                                  int firstNumber) {
        Objects.requireNonNull(resolver, "resolver must not be null");
        Objects.requireNonNull(refusal, "refusal must not be null");
        List<Figure> figures = figures(article);
        Map<String, Numbered> bySource = new HashMap<>();
        Map<String, Numbered> byDigest = new LinkedHashMap<>();
        Map<String, ImageLookup> looked = new HashMap<>();
        List<String> notes = new ArrayList<>();
        int figureNumber = 0;
        for (Figure figure : figures) {
            figureNumber++;
            String source = figure.source();
            ImageLookup lookup = looked.computeIfAbsent(source, resolver::lookup);
            if (lookup == null) {
                lookup = ImageLookup.missing("could not be looked up");
            }
            Optional<String> refused = lookup.image().flatMap(refusal);
            if (refused.isPresent()) {
                lookup = ImageLookup.missing(refused.get());
            }
            if (lookup.image().isEmpty()) {
                if (!lookup.silent()) {
                    notes.add("figure " + figureNumber + ": image " + shown(source) + " " + lookup.problem()
                            + "; shown as a description");
                }
                continue;
            }
            Image image = lookup.image().get();
            Numbered numbered = byDigest.computeIfAbsent(image.digest(),
                    digest -> new Numbered(firstNumber + byDigest.size(), image));
            bySource.put(source, numbered);
        }
        return new FigureImages(bySource, new ArrayList<>(byDigest.values()), notes);
    }

    /** The article's figures in reading order, those in block quotes included. */
    public static List<Figure> figures(Article article) {
        List<Figure> figures = new ArrayList<>();
        Blocks.walkSections(article.sections(), new BlockHandler() {
            @Override
            public void figure(Figure figure) {
                figures.add(figure);
            }
        });
        return figures;
    }

    /**
     * The text that stands for a figure's image: its alternative text, else its caption's text, else null (the
     * image is then decorative as far as anyone can tell). Stripped; never blank.
     */
    public static String altText(Figure figure) {
        if (figure.altText() != null && !figure.altText().isBlank()) {
            return figure.altText().strip();
        }
        String caption = Inlines.plainText(figure.caption()).strip();
        return caption.isEmpty() ? null : caption;
    }

    /** The image to show for {@code figure}, if one was found and the format takes it. */
    public Optional<Numbered> image(Figure figure) {
        return Optional.ofNullable(bySource.get(figure.source()));
    }

    /** Every distinct image, by number. */
    public List<Numbered> images() {
        return images;
    }

    /** Whether no figure has an image. */
    public boolean isEmpty() {
        return images.isEmpty();
    }

    /**
     * One sentence per figure shown without its image, for the export report: "figure 2: image Page_files/x.jpg was
     * not found next to the input; shown as a description". Figures nobody looked for are not listed.
     */
    public List<String> notes() {
        return notes;
    }

    private static String shown(String source) {
        return source.length() <= SHOWN_SOURCE ? source : source.substring(0, SHOWN_SOURCE - 1) + "…";
    }
}

package io.tearsheet.epub.internal;

import io.tearsheet.export.FigureImages;
import io.tearsheet.export.ImageResolver;
import io.tearsheet.model.Article;
import io.tearsheet.model.Figure;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The images of one article's figures as files of the publication: {@code images/figure-N.EXT}, numbered by
 * {@link FigureImages} and never named after the page's files. Each distinct picture is one manifest item and one
 * zip entry, however many figures show it.
 */
final class FigureFiles {
    static final String FOLDER = "images/";
    private static final FigureFiles NONE = new FigureFiles(null, List.of());

    private final FigureImages images;
    private final List<Figure> figures;

    private FigureFiles(FigureImages images, List<Figure> figures) {
        this.images = images;
        this.figures = figures;
    }

    /** No images: every figure is shown as its description. */
    static FigureFiles none() {
        return NONE;
    }

    /** The images {@code resolver} finds for {@code article}'s figures, numbered from {@code firstNumber}. */
    static FigureFiles of(Article article, ImageResolver resolver, int firstNumber) {
        FigureImages images = FigureImages.of(article, resolver, image -> Optional.empty(), firstNumber);
        return images.isEmpty() && images.notes().isEmpty() ? NONE
                : new FigureFiles(images, FigureImages.figures(article));
    }

    /** The path of {@code figure}'s image relative to the documents, when it has one. */
    Optional<String> href(Figure figure) {
        return images == null ? Optional.empty() : images.image(figure).map(n -> FOLDER + n.fileName());
    }

    /** Whether any figure shows an image. */
    boolean any() {
        return images != null && !images.isEmpty();
    }

    /** How many distinct images there are; the next article's numbering continues after them. */
    int count() {
        return images == null ? 0 : images.images().size();
    }

    /** Whether every figure that shows an image has a text for it (its alternative text or its caption). */
    boolean allDescribed() {
        return figures.stream().filter(f -> href(f).isPresent()).allMatch(f -> FigureImages.altText(f) != null);
    }

    /** What the package's accessibility metadata says about the figures. */
    Accessibility.FigureState state() {
        if (!any()) {
            return Accessibility.FigureState.TEXT_ONLY;
        }
        return new Accessibility.FigureState(true, figures.stream().allMatch(f -> href(f).isPresent()),
                allDescribed());
    }

    /** The figures left without an image, as report sentences. */
    List<String> notes() {
        return images == null ? List.of() : images.notes();
    }

    /** One manifest item per image. */
    void manifest(List<ManifestItem> manifest) {
        if (images != null) {
            for (FigureImages.Numbered image : images.images()) {
                manifest.add(new ManifestItem("figure-" + image.number(), FOLDER + image.fileName(),
                        image.image().mediaType(), null, false));
            }
        }
    }

    /** Writes the images into the container. */
    void write(EpubZip zip) throws IOException {
        if (images != null) {
            for (FigureImages.Numbered image : images.images()) {
                zip.stored(ContainerDocument.ROOT + FOLDER + image.fileName(), image.image().bytes());
            }
        }
    }

    /** The names of the image files, to check that a second read of a book's article finds the same ones. */
    List<String> fingerprint() {
        return images == null ? List.of()
                : images.images().stream().map(n -> n.fileName() + ":" + n.image().digest()).toList();
    }
}

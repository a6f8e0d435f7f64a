package io.tearsheet.export;

import io.tearsheet.model.Article;
import io.tearsheet.model.BlockQuote;
import io.tearsheet.model.Figure;
import io.tearsheet.model.Metadata;
import io.tearsheet.model.Paragraph;
import io.tearsheet.model.Section;
import io.tearsheet.model.Text;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FigureImagesTest {
    private static final Image PIER = Image.of(TestImages.jpeg(80, 60, 3)).orElseThrow();
    private static final Image CLOCK = Image.of(TestImages.png(40, 30)).orElseThrow();
    private static final Image CMYK = Image.of(TestImages.jpeg(10, 10, 4)).orElseThrow();

    private static final Map<String, Image> FILES = Map.of("a/pier.jpg", PIER, "a/pier-copy.jpg", PIER,
            "a/clock.png", CLOCK, "a/print.jpg", CMYK);
    private static final ImageResolver RESOLVER = source -> FILES.containsKey(source)
            ? ImageLookup.of(FILES.get(source)) : ImageLookup.missing("was not found next to the input");

    private static Figure figure(String source) {
        return new Figure(source, List.of(new Text("The pier at dawn.")), null, null);
    }

    private static Article article(Figure... figures) {
        return Article.builder().metadata(Metadata.builder().headline("Piers").build())
                .section(Section.body(List.of(Paragraph.of("Text."), figures[0],
                        new BlockQuote(List.of(figures).subList(1, figures.length).stream()
                                .map(f -> (io.tearsheet.model.Block) f).toList(), false))))
                .build();
    }

    @Test
    void numbersEachDistinctPictureOnceInReadingOrder() {
        Article article = article(figure("a/clock.png"), figure("a/pier.jpg"), figure("a/pier-copy.jpg"),
                figure("a/clock.png"));

        FigureImages images = FigureImages.of(article, RESOLVER);

        assertThat(images.images()).extracting(FigureImages.Numbered::fileName)
                .containsExactly("figure-1.png", "figure-2.jpg");
        assertThat(images.image(figure("a/pier-copy.jpg"))).map(FigureImages.Numbered::number).contains(2);
        assertThat(images.notes()).isEmpty();
    }

    @Test
    void notesEveryFigureLeftWithoutItsImage() {
        Article article = article(figure("a/clock.png"), figure("Page_files/x.jpg"), figure("a/print.jpg"));

        FigureImages images = FigureImages.of(article, RESOLVER,
                image -> image.isFourComponentJpeg() ? Optional.of("is a CMYK JPEG") : Optional.empty(), 7);

        assertThat(images.images()).extracting(FigureImages.Numbered::fileName).containsExactly("figure-7.png");
        assertThat(images.notes()).containsExactly(
                "figure 2: image Page_files/x.jpg was not found next to the input; shown as a description",
                "figure 3: image a/print.jpg is a CMYK JPEG; shown as a description");
    }

    @Test
    void withoutAResolverNothingIsFoundAndNothingIsNoted() {
        FigureImages images = FigureImages.of(article(figure("a/clock.png")), ImageResolver.none());

        assertThat(images.isEmpty()).isTrue();
        assertThat(images.notes()).isEmpty();
    }

    @Test
    void altTextFallsBackToTheCaption() {
        assertThat(FigureImages.altText(new Figure("x.png", List.of(), null, " A clock tower. "))).isEqualTo(
                "A clock tower.");
        assertThat(FigureImages.altText(figure("x.png"))).isEqualTo("The pier at dawn.");
        assertThat(FigureImages.altText(new Figure("x.png", List.of(), "Photo: J. Doe", null))).isNull();
    }
}

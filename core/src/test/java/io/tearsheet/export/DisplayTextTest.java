package io.tearsheet.export;

import io.tearsheet.model.ArticleDate;
import io.tearsheet.model.Byline;
import io.tearsheet.model.SectionKind;
import io.tearsheet.model.Series;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayTextTest {

    @Test
    void datesUseEnglishMonthNamesWhateverTheLocale() {
        assertThat(DisplayText.date(new ArticleDate("2025-03-04"))).isEqualTo("4 March 2025");
        assertThat(DisplayText.month(LocalDate.of(1989, 12, 31))).isEqualTo("December 1989");
    }

    @Test
    void namesAreJoinedWithCommasAndAFinalAnd() {
        assertThat(DisplayText.names(List.of())).isEmpty();
        assertThat(DisplayText.names(List.of("Ada Park"))).isEqualTo("Ada Park");
        assertThat(DisplayText.names(List.of("Ada Park", "Ben Ruiz"))).isEqualTo("Ada Park and Ben Ruiz");
        assertThat(DisplayText.bylineNames(List.of(Byline.of("Ada Park"), new Byline("Ben Ruiz", "Staff"),
                Byline.of("Cy Lo")))).isEqualTo("Ada Park, Ben Ruiz and Cy Lo");
    }

    @Test
    void seriesPositionSaysWhatIsKnown() {
        assertThat(DisplayText.seriesPosition(new Series("Harbour Lights", 2, 3)))
                .isEqualTo("Part 2 of 3 in the series ");
        assertThat(DisplayText.seriesPosition(new Series("Harbour Lights", 2, null)))
                .isEqualTo("Part 2 in the series ");
        assertThat(DisplayText.seriesPosition(new Series("Harbour Lights", null, null)))
                .isEqualTo("From the series ");
        assertThat(DisplayText.part(new Series("Harbour Lights", 2, 3))).contains("Part 2 of 3");
        assertThat(DisplayText.part(new Series("Harbour Lights", null, 3))).isEmpty();
    }

    @Test
    void notesWithoutTitlesAreLabelledByKind() {
        assertThat(DisplayText.sectionLabel(SectionKind.EDITORS_NOTE)).contains("Editor’s note");
        assertThat(DisplayText.sectionLabel(SectionKind.CORRECTION)).contains("Correction");
        assertThat(DisplayText.sectionLabel(SectionKind.BODY)).isEmpty();
        assertThat(DisplayText.sectionLabel(SectionKind.SIDEBAR)).isEmpty();
    }
}

package io.tearsheet.html.internal;

import io.tearsheet.model.SectionKind;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpecialNotesTest {
    @Test
    void recognisesNotesByTheirOpening() {
        assertThat(SpecialNotes.kindOfText("Correction: An earlier version of this article misstated the date."))
                .isEqualTo(SectionKind.CORRECTION);
        assertThat(SpecialNotes.kindOfText("An earlier version of this story gave the wrong figure."))
                .isEqualTo(SectionKind.CORRECTION);
        assertThat(SpecialNotes.kindOfText("Editor’s note: This story was reported with a grant."))
                .isEqualTo(SectionKind.EDITORS_NOTE);
        assertThat(SpecialNotes.kindOfText("First in a four-part series on harbour trades."))
                .isEqualTo(SectionKind.SERIES_NOTE);
        assertThat(SpecialNotes.kindOfText("Update (3:45 p.m.): The road has reopened.")).isEqualTo(SectionKind.UPDATE);
    }

    @Test
    void leavesOrdinaryParagraphsAlone() {
        assertThat(SpecialNotes.kindOfText("The correction in share prices came on Tuesday.")).isNull();
        assertThat(SpecialNotes.kindOfText("Editors at the paper said nothing.")).isNull();
    }

    @Test
    void recognisesNotesByName() {
        assertThat(SpecialNotes.kindOf(new Element("div").attr("class", "article-correction")))
                .isEqualTo(SectionKind.CORRECTION);
        assertThat(SpecialNotes.kindOf(new Element("div").attr("class", "editors-note")))
                .isEqualTo(SectionKind.EDITORS_NOTE);
        assertThat(SpecialNotes.kindOf(new Element("div").attr("class", "story-body"))).isNull();
    }
}

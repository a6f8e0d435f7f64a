package io.tearsheet.read.conventions;

import io.tearsheet.model.Byline;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorBiosTest {
    private static final List<Byline> JANE = List.of(Byline.of("Jane Okafor"));
    private static final String STORY = "The council voted on Tuesday to close the ferry for the winter.";

    private static AuthorBios.Range bios(List<Byline> authors, String... texts) {
        return AuthorBios.closingBios(Arrays.asList(texts), authors);
    }

    @Test
    void aClosingParagraphOpeningWithTheAuthorsNameIsHerBioInAnyLanguage() {
        assertThat(bios(JANE, STORY, "Jane Okafor covers transport for the paper.")).isEqualTo(new AuthorBios.Range(1, 2));
        assertThat(bios(JANE, STORY, "Jane Okafor beschäftigt sich mit Verkehr und Städtebau."))
                .isEqualTo(new AuthorBios.Range(1, 2));
        assertThat(bios(JANE, STORY, "Jane Okafor, doctora en historia, cubre temas de transporte."))
                .isEqualTo(new AuthorBios.Range(1, 2));
    }

    @Test
    void theGivenNameAloneOpensABioOnlyBeforeAVerbOfOne() {
        assertThat(bios(JANE, STORY, "Jane is the founder of a transport consultancy.")).isNotNull();
        assertThat(bios(JANE, STORY, "Jane has worked as a reporter since 2007.")).isNotNull();
        assertThat(bios(JANE, STORY, "Jane said the ferry would be missed.")).isNull();
    }

    @Test
    void theLinesThatIntroduceTheBioGoWithIt() {
        assertThat(bios(JANE, STORY, "About the author", "Jane Okafor", "Jane is a reporter."))
                .isEqualTo(new AuthorBios.Range(1, 4));
        assertThat(bios(JANE, STORY, "Jane Okafor", "Transport Reporter", "Über die Autorin:", "Jane hat Geografie studiert."))
                .isEqualTo(new AuthorBios.Range(1, 5));
        // a short line alone before the bio is the article's own
        assertThat(bios(JANE, STORY, "Ferries in numbers", "Jane Okafor covers transport."))
                .isEqualTo(new AuthorBios.Range(2, 3));
    }

    @Test
    void anAuthorsPictureAfterTheBioStaysAndTwoBiosGoTogether() {
        assertThat(bios(List.of(Byline.of("Jane Okafor"), Byline.of("Tom Reyes")), STORY,
                "Jane Okafor covers transport.", "Tom Reyes is a data editor.", null))
                .isEqualTo(new AuthorBios.Range(1, 3));
    }

    @Test
    void aBoxBesideTheArticleMayBeNothingButTheBio() {
        List<String> box = List.of("Jane Okafor", "Transport Reporter", "About the author", "Jane is a reporter.");
        assertThat(AuthorBios.closingBios(box, JANE, true)).isEqualTo(new AuthorBios.Range(0, 4));
        assertThat(AuthorBios.closingBios(box, JANE, false)).isNull();
    }

    @Test
    void theArticlesOwnWordsStay() {
        assertThat(bios(JANE, "Jane Okafor is a reporter.")).as("the only paragraph").isNull();
        assertThat(bios(JANE, STORY, "Jane Okafor Street was closed.")).isNull();
        assertThat(bios(List.of(Byline.of("Reuters")), STORY, "Reuters is a news agency.")).isNull();
        assertThat(bios(List.of(), STORY, "Jane Okafor covers transport.")).isNull();
        assertThat(bios(JANE, STORY, "Jane Okafor covers transport. " + "More. ".repeat(200))).as("too long").isNull();
    }
}

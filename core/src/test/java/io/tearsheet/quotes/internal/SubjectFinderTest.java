package io.tearsheet.quotes.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectFinderTest {

    /** The subject of the last speech cue in {@code text}. */
    private static String subjectOf(String text) {
        ParagraphText p = new ParagraphText(0, text, QuoteScanner.scan(text, 4).quotes());
        for (int i = p.words().size() - 1; i >= 0; i--) {
            if (CueWords.isSpeechCue(p, i)) {
                SubjectFinder.Found found = SubjectFinder.before(p, p.sentenceStart(p.words().get(i).start()), i);
                return found == null ? null : found.phrase().name();
            }
        }
        throw new AssertionError("no cue in " + text);
    }

    @Test
    void readsTheSubjectBeforeACueVerb() {
        assertThat(subjectOf("Asian and Western diplomats say the troops will move.")).isEqualTo("Asian and Western diplomats");
        assertThat(subjectOf("The paper has argued that the rules are unfair.")).isEqualTo("the paper");
    }

    @Test
    void skipsAppositivesAndRelativeClausesBetweenSubjectAndVerb() {
        assertThat(subjectOf("Tomas Lindqvist, a naval architect who designed the new boats, said the hardest part was time."))
                .isEqualTo("Tomas Lindqvist");
        assertThat(subjectOf("Harlow Bay Terminals, which runs the port, said the cranes were essential."))
                .isEqualTo("Harlow Bay Terminals");
    }

    @Test
    void stopsAtTheStartOfTheClause() {
        assertThat(subjectOf("Mr. Deng seemed to refer to that pledge last fall when he told the leader: “Yes.”"))
                .isEqualTo("he");
        assertThat(subjectOf("In a sign of growing trust, China agreed to join the group, official press reports say."))
                .isEqualTo("official press reports");
    }

    @Test
    void findsTheAntecedentOfANonRestrictiveRelativeClause() {
        assertThat(subjectOf("The move follows a review by an independent panel of vets, which concluded that it was unfit."))
                .isEqualTo("an independent panel of vets");
    }

    @Test
    void findsASubjectSharedByTwoVerbs() {
        assertThat(subjectOf("Campaigners welcomed the news but said it had come too late.")).isEqualTo("campaigners");
    }
}

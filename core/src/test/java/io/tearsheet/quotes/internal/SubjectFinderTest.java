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
        assertThat(subjectOf("Danish and Dutch engineers say the berth will move.")).isEqualTo("Danish and Dutch engineers");
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
        assertThat(subjectOf("Mr. Varga seemed to recall that promise last spring when he told the board: “Yes.”"))
                .isEqualTo("he");
        assertThat(subjectOf("In a sign of easing tension, the port agreed to join the talks, local press reports say."))
                .isEqualTo("local press reports");
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

package io.tearsheet.read.internal;

import io.tearsheet.model.Byline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BodyCreditsTest {
    private static final String LEDE = "The river ferries that stopped running a decade ago will carry passengers again"
            + " from Monday, the town council said on Tuesday.";
    private static final String NEXT = "Two boats, both rebuilt at the old yard on the north bank, will run every half"
            + " hour between the market steps and the station quay.";

    @Test
    void readsACreditUnderTheLedeAsTheByline() {
        BodyCredits.Credit credit = BodyCredits.find(List.of(LEDE, "Von Anna Berg", NEXT));

        assertThat(credit.paragraph()).isEqualTo(1);
        assertThat(credit.bylines()).containsExactly(Byline.of("Anna Berg"));
    }

    @Test
    void readsAPostingLineOrAnEnglishCreditAmongTheFirstParagraphs() {
        assertThat(BodyCredits.find(List.of("Posted on May 4, 2022 by Noor Haddad", LEDE, NEXT)).bylines())
                .containsExactly(Byline.of("Noor Haddad"));
        assertThat(BodyCredits.find(List.of(LEDE, NEXT, "By Noor Haddad", NEXT)).paragraph()).isEqualTo(2);
    }

    @Test
    void readsNoCreditFromRunningTextFromDeeperInTheBodyOrFromTheOnlyParagraph() {
        assertThat(BodyCredits.find(List.of("By the time the ferry arrived, the quay was full.", LEDE))).isNull();
        assertThat(BodyCredits.find(List.of(LEDE, NEXT, LEDE, "Von Anna Berg", NEXT))).isNull();
        assertThat(BodyCredits.find(List.of("Von Anna Berg"))).isNull();
    }

    @Test
    void readsALabelledCreditButNoBareNameOrSentenceBelowTheBody() {
        assertThat(BodyCredits.below(List.of("Text: Anna Berg", "Related stories"))).containsExactly(Byline.of("Anna Berg"));
        assertThat(BodyCredits.below(List.of("Anna Berg", "Related stories"))).isNull();
        assertThat(BodyCredits.below(List.of("Text messages from the ferry office went unanswered for a week."))).isNull();
    }

    @Test
    void readsACreditAmongTheLinesAboveTheHeadlineUpToALineOfRunningText() {
        assertThat(BodyCredits.above(List.of("0 Comments", "By Anna Berg", "6. März 2026"))).containsExactly(Byline.of("Anna Berg"));
        assertThat(BodyCredits.above(List.of(LEDE, "By Anna Berg"))).isNull();
    }
}

package io.tearsheet.read;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TypographyTest {

    @Test
    void curlsTexQuotesAndClosesNestedOnesInnerFirst() {
        assertThat(Typography.curl("``finally eased the fear of the `night boat,''' the paper said."))
                .isEqualTo("“finally eased the fear of the ‘night boat,’” the paper said.");
    }

    @Test
    void curlsTexSingleQuotesInAHeadline() {
        assertThat(Typography.curl("Millbrook Bets on the `Night Boat'. The council is sure of the ferry's future."))
                .isEqualTo("Millbrook Bets on the ‘Night Boat’. The council is sure of the ferry’s future.");
    }

    @Test
    void curlsStraightDoubleQuotesByContext() {
        assertThat(Typography.curl("\"We're done,\" she said. \"Really.\""))
                .isEqualTo("“We’re done,” she said. “Really.”");
    }

    @Test
    void turnsElisionsIntoApostrophes() {
        assertThat(Typography.curl("rock 'n' roll in the '90s, back in '96, don't tell 'em"))
                .isEqualTo("rock ’n’ roll in the ’90s, back in ’96, don’t tell ’em");
    }

    @Test
    void curlsNestedStraightSingleQuotesInsideDoubleOnes() {
        assertThat(Typography.curl("\"He told me, 'I'll never forgive you.'\" she said."))
                .isEqualTo("“He told me, ‘I’ll never forgive you.’” she said.");
    }

    @Test
    void opensAfterDashesAndBrackets() {
        assertThat(Typography.curl("the answer—\"never\"—came (\"not now\") and ['maybe']"))
                .isEqualTo("the answer—“never”—came (“not now”) and [‘maybe’]");
    }

    @Test
    void keepsPluralPossessivesAsApostrophes() {
        assertThat(Typography.curl("the growers' association and the teachers' union"))
                .isEqualTo("the growers’ association and the teachers’ union");
    }

    @Test
    void keepsTypographicMarksAndOtherCharacters() {
        String text = "“Already curly,” ‘she’ said — 𝔉𝔢𝔯𝔯𝔶 中文";
        assertThat(Typography.curl(text)).isEqualTo(text);
    }

    @Test
    void curlsRunsAsOneTextAndReturnsThemInOrder() {
        assertThat(Typography.curl(List.of("\"We ", "simply", " stopped,\" she said of the `", "bridges'")))
                .containsExactly("“We ", "simply", " stopped,” she said of the ‘", "bridges’");
    }

    @Test
    void survivesTenThousandNestedMarks() {
        String deep = "``".repeat(10_000) + "x" + "''".repeat(10_000);
        String curled = Typography.curl(deep);
        assertThat(curled).hasSize(20_001).startsWith("““").endsWith("””");
    }
}

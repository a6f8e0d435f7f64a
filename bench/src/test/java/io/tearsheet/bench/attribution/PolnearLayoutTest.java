package io.tearsheet.bench.attribution;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PolnearLayoutTest {

    @Test
    void paragraphsAreStrippedAndSeparatedByOneBlankLine() {
        PolnearLayout.Paragraphs p = PolnearLayout.Paragraphs.of("Headline\n\nFirst line.\u00a0\nSecond line.");

        assertThat(p.text()).isEqualTo("Headline\n\nFirst line.\n\nSecond line.");
        int second = "Headline\n\nFirst line.\u00a0\n".length();
        assertThat(p.newIndex()[second]).isEqualTo(p.text().indexOf("Second"));
    }

    @Test
    void aFragmentBetweenQuotationMarksIsDirectOneHoldingThemIsPartialOtherwiseIndirect() {
        assertThat(PolnearLayout.kind("\u201cWe will build the bridge.\u201d")).isEqualTo("direct");
        assertThat(PolnearLayout.kind("\"We will,\"")).isEqualTo("direct");
        assertThat(PolnearLayout.kind("that the plan was \u201ca fine idea\u201d")).isEqualTo("partial");
        assertThat(PolnearLayout.kind("that the council would meet")).isEqualTo("indirect");
    }

    @Test
    void eachContentFragmentBecomesAQuotationAtItsPlaceInTheNewText() {
        String original = "Harbour plan\n\nThe mayor said:\u00a0\n\u201cWe start in May.\u201d";
        List<String> brat = List.of(
                "T1\tSource 14 23\tThe mayor",
                "T2\tCue 24 29\tsaid:",
                "T3\tContent 31 49\t\u201cWe start in May.\u201d",
                "T4\tAttribution 24 29\tsaid:",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1");

        List<Map<String, Object>> gold = PolnearLayout.goldQuotes(PolnearLayout.Paragraphs.of(original), brat);

        assertThat(gold).singleElement().satisfies(q -> {
            assertThat(q).containsEntry("text", "\u201cWe start in May.\u201d")
                    .containsEntry("kind", "direct")
                    .containsEntry("speaker", "The mayor")
                    .containsEntry("start", "Harbour plan\n\nThe mayor said:\n\n".length());
        });
    }
}

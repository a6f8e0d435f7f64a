package io.tearsheet.read.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadlineSplitterTest {

    @Test
    void splitsHeadlineDeckAndKickerPackedOnOneLine() {
        assertThat(HeadlineSplitter.split("Warming Up to the ‘Big Polar Bear’. Beijing is confident of Gorbachev’s "
                + "power to redirect Soviet foreign and military policies. SINO-SOVIET RAPPROCHEMENT"))
                .isEqualTo(new HeadlineSplitter.Parts("Warming Up to the ‘Big Polar Bear’",
                        "Beijing is confident of Gorbachev’s power to redirect Soviet foreign and military policies.",
                        "SINO-SOVIET RAPPROCHEMENT"));
    }

    @Test
    void readsAKickerBeforeTheHeadline() {
        assertThat(HeadlineSplitter.split("HEALTH: Nasal Flu Vaccine Shows Promise"))
                .isEqualTo(new HeadlineSplitter.Parts("Nasal Flu Vaccine Shows Promise", null, "HEALTH"));
    }

    @Test
    void keepsAQuestionMarkAndAbbreviations() {
        assertThat(HeadlineSplitter.split("Is the Night Boat Back? The city thinks so.").headline())
                .isEqualTo("Is the Night Boat Back?");
        assertThat(HeadlineSplitter.split("Mr. Deng Meets U.S. Envoy").headline()).isEqualTo("Mr. Deng Meets U.S. Envoy");
    }

    @Test
    void leavesAHeadlineInCapitalsWhole() {
        assertThat(HeadlineSplitter.split("SCHOOLS TRY A SLOWER LUNCH"))
                .isEqualTo(new HeadlineSplitter.Parts("SCHOOLS TRY A SLOWER LUNCH", null, null));
    }
}

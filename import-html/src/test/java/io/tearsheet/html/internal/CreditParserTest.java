package io.tearsheet.html.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreditParserTest {
    @Test
    void splitsLabelledCredits() {
        assertThat(CreditParser.split("The ferry at dawn. Photo: Jane Doe/Reuters"))
                .isEqualTo(new CreditParser.Split("The ferry at dawn.", "Photo: Jane Doe/Reuters"));
        assertThat(CreditParser.split("The road was closed at 7pm. Photograph: reader Jo Pike"))
                .isEqualTo(new CreditParser.Split("The road was closed at 7pm.", "Photograph: reader Jo Pike"));
    }

    @Test
    void splitsBracketedAgencyCredits() {
        assertThat(CreditParser.split("Clocks in the workshop (Ann Poe/The Harbour Times)"))
                .isEqualTo(new CreditParser.Split("Clocks in the workshop", "Ann Poe/The Harbour Times"));
    }

    @Test
    void splitsCopyrightCredits() {
        assertThat(CreditParser.split("Night shift on deck. © Lee Chu"))
                .isEqualTo(new CreditParser.Split("Night shift on deck.", "© Lee Chu"));
    }

    @Test
    void leavesCaptionsWithoutCreditAlone() {
        assertThat(CreditParser.split("Volunteers fill sandbags on the levee.").credit()).isNull();
    }

    @Test
    void unwrapsBracketedCreditElements() {
        assertThat(FigureMapper.unwrapped("(Sam Oduya/The Fenwick Ledger)")).isEqualTo("Sam Oduya/The Fenwick Ledger");
        assertThat(FigureMapper.unwrapped("  ")).isNull();
    }
}

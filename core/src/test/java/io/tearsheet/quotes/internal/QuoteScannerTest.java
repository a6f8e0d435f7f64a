package io.tearsheet.quotes.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteScannerTest {

    private static List<String> quoted(String text) {
        return QuoteScanner.scan(text, 4).quotes().stream().map(q -> text.substring(q.start(), q.end())).toList();
    }

    @Test
    void findsDoubleAndNestedSingleQuotations() {
        assertThat(quoted("The mayor has “laid to rest the fear of the ‘big grey heron,’” the paper said."))
                .containsExactly("laid to rest the fear of the ‘big grey heron,’", "big grey heron,");
    }

    @Test
    void doesNotCloseASingleQuotationAtAnApostrophe() {
        assertThat(quoted("‘They don’t read reports,’ she said of the growers’ union.")).containsExactly("They don’t read reports,");
    }

    @Test
    void marksAQuotationThatRunsOnPastTheParagraph() {
        String text = "“It moves with every tide. You disturb it twice a day.";
        MarkedQuote q = QuoteScanner.scan(text, 4).quotes().get(0);
        assertThat(q.runsOn()).isTrue();
        assertThat(text.substring(q.start(), q.end())).isEqualTo("It moves with every tide. You disturb it twice a day.");
    }

    @Test
    void treatsMarksNestedTooDeepAsTextAndCountsThem() {
        String text = "He said " + "“".repeat(10_000) + "x" + "”".repeat(10_000) + " and left.";
        QuoteScanner.Result result = QuoteScanner.scan(text, 4);
        assertThat(result.quotes()).hasSize(4);
        assertThat(result.tooDeep()).isEqualTo(9_996);
    }

    @Test
    void ignoresAStrayClosingMark() {
        QuoteScanner.Result result = QuoteScanner.scan("It was” not a quote.", 4);
        assertThat(result.quotes()).isEmpty();
        assertThat(result.unmatchedClosers()).isEqualTo(1);
    }

    @Test
    void pairsGermanLowOpeningMarksWithTheirClosingOnes() {
        assertThat(quoted("Er spielte in „Die Fähre“, „Der Hafen“ und sagte: „Es war ‚schön‘ hier.“"))
                .containsExactly("Die Fähre", "Der Hafen", "Es war ‚schön‘ hier.", "schön");
    }

    @Test
    void readsGuillemetsInBothDirections() {
        assertThat(quoted("« Le port est ouvert », dit-elle.")).containsExactly("Le port est ouvert");
        assertThat(quoted("»Der Hafen ist offen«, sagte sie.")).containsExactly("Der Hafen ist offen");
        assertThat(quoted("Home » News » Harbour")).isEmpty();
    }

    @Test
    void stillOpensWithTheEnglishMarksThatCloseGermanOnes() {
        assertThat(quoted("“The port is open,” she said. „Der Hafen“ and “the quay”."))
                .containsExactly("The port is open,", "Der Hafen", "the quay");
    }

    @Test
    void opensWithAClosingMarkBeforeAWordWhenNothingIsOpenAndOneClosesLater() {
        assertThat(quoted("”Fear. I am afraid he will win,” said Ana Ruiz.")).containsExactly("Fear. I am afraid he will win,");
        assertThat(quoted("”Hej”, sa hon.")).containsExactly("Hej");
        assertThat(quoted("The day ended there.” Then she left.")).isEmpty();
    }
}

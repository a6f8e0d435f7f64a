package io.tearsheet.quotes.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A time or occasion closing a speaker phrase is cut off, and the cheap test before the expression loses none. */
class AdverbialsTest {

    @Test
    void cutsTheTimeAndOccasionAfterASpeaker() {
        assertThat(Adverbials.stripTrailingTime("Mr. Varga on Tuesday")).isEqualTo("Mr. Varga");
        assertThat(Adverbials.stripTrailingTime("the mayor at a news conference")).isEqualTo("the mayor");
        assertThat(Adverbials.stripTrailingTime("Priebus later")).isEqualTo("Priebus");
        assertThat(Adverbials.stripTrailingTime("the senator in a call with reporters")).isEqualTo("the senator");
        assertThat(Adverbials.stripTrailingTime("a study published on Wednesday")).isEqualTo("a study published on Wednesday");
        assertThat(Adverbials.stripTrailingTime("the mayor of Lakeport")).isEqualTo("the mayor of Lakeport");
    }

    @Property(tries = 3000)
    void theCheapTestNeverRefusesWhatTheExpressionMatches(@ForAll("phrases") String phrase) {
        if (Adverbials.TRAILING_TIME.matcher(phrase).matches()) {
            assertThat(Adverbials.mayEndOnOccasion(phrase)).as(phrase).isTrue();
        }
    }

    @Provide
    Arbitrary<String> phrases() {
        Arbitrary<String> word = Arbitraries.of("the", "mayor", "Mr.", "Varga", "said", "on", "in", "at", "a", "an",
                "last", "this", "Tuesday", "TUESDAY", "weeks", "statement", "statements", "call", "news", "conference",
                "with", "to", "On", "WITH", "reporters", "the council", "yesterday", "Later", "again", "e-mail",
                "op-eds", ",", ", ", "x".repeat(45));
        Arbitrary<String> space = Arbitraries.of(" ", " ", " ", "  ", "\t", "\u00A0");
        return Arbitraries.lazyOf(() -> word.list().ofMinSize(1).ofMaxSize(9).flatMap(words ->
                space.list().ofSize(words.size()).map(spaces -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        text.append(i == 0 ? "" : spaces.get(i)).append(words.get(i));
                    }
                    return text.toString();
                })));
    }
}

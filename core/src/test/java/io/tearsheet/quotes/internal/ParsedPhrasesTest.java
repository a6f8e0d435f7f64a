package io.tearsheet.quotes.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ParsedPhrasesTest {
    private static final List<String> PHRASES = List.of("Mr. Varga", "the city's transport commissioner",
            "Leonard Fitch, 56, a retired dockworker", "said the", "a historian affiliated with the university",
            "she", "Montoya-Lewis herself", "");

    @Test
    void anArticleGetsTheSamePhrasesAsParsingEachTimeWould() {
        List<SpeakerPhrase> fresh = new ArrayList<>();
        for (String text : PHRASES) {
            fresh.add(SpeakerPhraseParser.parse(text));
        }
        List<SpeakerPhrase> remembered = ParsedPhrases.during(() -> {
            List<SpeakerPhrase> twice = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                twice.clear();
                for (String text : PHRASES) {
                    twice.add(SpeakerPhraseParser.parse(text));
                }
            }
            return twice;
        });
        assertThat(remembered).isEqualTo(fresh);
        assertThat(fresh).contains((SpeakerPhrase) null); // words that name no one are remembered too
    }

    @Test
    void parsesEachTextOnceWhileAnArticleIsRead() {
        AtomicInteger parses = new AtomicInteger();
        Function<String, SpeakerPhrase> counting = text -> {
            parses.incrementAndGet();
            return text.isEmpty() ? null : SpeakerPhraseParser.parse(text);
        };
        ParsedPhrases.during(() -> {
            for (int round = 0; round < 3; round++) {
                ParsedPhrases.phrase("Mr. Varga", counting);
                ParsedPhrases.phrase("", counting);
            }
            return null;
        });
        assertThat(parses).hasValue(2);
    }

    @Test
    void forgetsEverythingOnceTheArticleIsDone() {
        AtomicInteger parses = new AtomicInteger();
        Function<String, SpeakerPhrase> counting = text -> {
            parses.incrementAndGet();
            return null;
        };
        ParsedPhrases.during(() -> ParsedPhrases.phrase("Mr. Varga", counting));
        ParsedPhrases.during(() -> ParsedPhrases.phrase("Mr. Varga", counting));
        ParsedPhrases.phrase("Mr. Varga", counting);
        assertThat(parses).hasValue(3);
    }
}

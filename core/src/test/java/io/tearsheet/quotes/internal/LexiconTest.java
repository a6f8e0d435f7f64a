package io.tearsheet.quotes.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconTest {

    @Test
    void readsOneEntryPerLineWithoutCommentsBlankLinesOrRepeats() {
        assertThat(Lexicon.entries("test-entries")).containsExactly("harbour master", "pilot");
    }

    @Test
    void mapsEveryFormOfAVerbToItsLemma() {
        assertThat(Lexicon.lemmas("cue-verbs-speech"))
                .containsEntry("said", "say")
                .containsEntry("say", "say")
                .containsEntry("pointed", "point")
                .containsEntry("muses", "muse");
    }

    @Test
    void readsWordsWithTheirGender() {
        assertThat(Lexicon.genders("titles-honorific"))
                .containsEntry("mrs.", Gender.FEMALE)
                .containsEntry("sir", Gender.MALE);
    }

    @Test
    void namesTheListAndLineOfAMalformedEntry() {
        assertThatThrownBy(() -> Lexicon.genders("test-bad-genders"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test-bad-genders, line 3");
    }

    @Test
    void namesAListThatIsMissing() {
        assertThatThrownBy(() -> Lexicon.words("no-such-list"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lexicon/no-such-list.txt");
    }
}

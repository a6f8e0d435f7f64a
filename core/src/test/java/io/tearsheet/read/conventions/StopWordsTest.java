package io.tearsheet.read.conventions;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StopWordsTest {

    @Test
    void countsTheMostFrequentWordsOfACommonLanguageAsFunctionWords() {
        assertThat(StopWords.isFrequentFunctionWord("Im")).isTrue();
        assertThat(StopWords.isFrequentFunctionWord("this")).isTrue();
        assertThat(StopWords.isFrequentFunctionWord("der")).isTrue();
    }

    @Test
    void leavesTheListsLessFrequentWordsSuchAsGivenNamesOut() {
        assertThat(StopWords.isFrequentFunctionWord("Michael")).isFalse();
        assertThat(StopWords.isFrequentFunctionWord("Thomas")).isFalse();
        assertThat(StopWords.isCommonFunctionWord("Michael")).isTrue();
    }

    @Test
    void identifiesALanguageAfterTheFrequentWordsWereMarked() {
        assertThat(StopWords.of("Der Rat hat am Montag beschlossen, dass die Fähren wieder fahren, und die Stadt"
                + " ist froh darüber, weil es ihr lange gefehlt hat.").language()).isEqualTo("de");
    }
}

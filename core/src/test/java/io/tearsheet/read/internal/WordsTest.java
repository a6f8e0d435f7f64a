package io.tearsheet.read.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

    @Test
    void capitalsAreCasedLettersAllInUpperCase() {
        assertThat(Words.isAllCaps("WORLD NEWS", 3)).isTrue();
        assertThat(Words.isAllCaps("ÉCONOMIE 2024", 3)).isTrue();
        assertThat(Words.isAllCaps("World News", 3)).isFalse();
        assertThat(Words.isAllCaps("UN", 3)).isFalse();
    }

    @Test
    void lettersOfScriptsWithoutCaseAreNeverCapitals() {
        assertThat(Words.isAllCaps("مجلس المدينة يصوت", 3)).isFalse();
        assertThat(Words.isAllCaps("市议会投票重新开放图书馆", 1)).isFalse();
        assertThat(Words.isAllCaps("ועדת העיר מצביעה", 1)).isFalse();
        assertThat(Words.isAllCaps("NBA 球员", 3)).isTrue();
    }
}

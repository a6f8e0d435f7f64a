package io.tearsheet.pdf.internal.hyphenation;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HyphenatorTest {
    private static final Hyphenator ENGLISH = Hyphenator.forLanguage("en-GB");

    private static String hyphenated(String word) {
        StringBuilder out = new StringBuilder(word);
        List<Integer> points = ENGLISH.points(word);
        for (int i = points.size() - 1; i >= 0; i--) {
            out.insert((int) points.get(i), '-');
        }
        return out.toString();
    }

    @Test
    void breaksEnglishWordsAsTexDoes() {
        assertThat(hyphenated("hyphenation")).isEqualTo("hy-phen-ation");
        assertThat(hyphenated("commissioner")).isEqualTo("com-mis-sioner");
        assertThat(hyphenated("newspaper")).isEqualTo("news-pa-per");
        assertThat(hyphenated("Millbrook")).isEqualTo("Mill-brook");
    }

    @Test
    void usesTheExceptionList() {
        assertThat(hyphenated("associate")).isEqualTo("as-so-ciate");
    }

    @Test
    void keepsTwoLettersBeforeAndThreeAfterAHyphen() {
        for (String word : List.of("ferry", "table", "about", "river")) {
            for (int point : ENGLISH.points(word)) {
                assertThat(point).isBetween(2, word.length() - 3);
            }
        }
        assertThat(ENGLISH.points("ferry")).isEmpty();
    }

    @Test
    void neverBreaksWhatIsNotAWord() {
        assertThat(ENGLISH.points("3,000")).isEmpty();
        assertThat(ENGLISH.points("e-mail")).isEmpty();
        assertThat(ENGLISH.points("")).isEmpty();
    }

    @Test
    void otherLanguagesAreNotHyphenated() {
        assertThat(Hyphenator.forLanguage("de-CH-1996").isActive()).isFalse();
        assertThat(Hyphenator.forLanguage(null).points("hyphenation")).isEmpty();
        assertThat(Hyphenator.forLanguage("en").isActive()).isTrue();
    }

    @Test
    void readsPatternsAndExceptionsInTexFormat() throws Exception {
        LiangPatterns patterns = LiangPatterns.read(new StringReader(
                "% comment\n\\patterns{ a1b .c2 }\n\\hyphenation{ ta-ble }"));
        Hyphenator hyphenator = new Hyphenator(patterns, 1, 1);
        assertThat(hyphenator.points("abab")).containsExactly(1, 3);
        assertThat(hyphenator.points("table")).containsExactly(2);
    }
}

package io.tearsheet.read.conventions;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WordTableTest {
    private static final Map<String, String> LEMMAS = Map.of("said", "say", "says", "say", "told", "tell",
            "i", "pronoun", "straße", "street", "σοφός", "wise");

    @Test
    void findsAWordInAnyCase() {
        WordTable<String> table = WordTable.of(LEMMAS);

        assertThat(table.get("said")).isEqualTo("say");
        assertThat(table.get("Said")).isEqualTo("say");
        assertThat(table.get("TOLD")).isEqualTo("tell");
        assertThat(table.get("sa")).isNull();
        assertThat(table.get("saidx")).isNull();
        assertThat(table.get("")).isNull();
    }

    @Test
    void findsAWordInsideLongerText() {
        WordTable<String> table = WordTable.of(LEMMAS);
        StringBuilder line = new StringBuilder("she Told them");

        assertThat(table.get(line, 4, 8)).isEqualTo("tell");
        assertThat(table.get(line, 4, 7)).isNull();
    }

    @Test
    void lowerCasesWordsBeyondAsciiAsStringsDo() {
        WordTable<String> table = WordTable.of(LEMMAS);

        assertThat(table.get("STRASSE")).isNull(); // toLowerCase does not undo ß → SS
        assertThat(table.get("Straße")).isEqualTo("street");
        assertThat(table.get("ΣΟΦΌΣ")).isEqualTo("wise"); // final sigma, as String.toLowerCase writes it
        assertThat(table.get("İ")).isNull(); // "i̇", two characters, is not "i"
    }

    @Test
    void keysWithCapitalsMatchNothing() {
        // a list entry is matched by the words that lower-case to it; a capitalised entry has none
        WordTable<Boolean> table = WordTable.of(Set.of("Productions"));

        assertThat(table.contains("Productions")).isFalse();
        assertThat(table.contains("productions")).isFalse();
    }

    @Test
    void anEmptyTableHoldsNothing() {
        assertThat(WordTable.of(Map.of()).get("word")).isNull();
        assertThat(WordTable.of(Set.of()).contains("")).isFalse();
    }

    @Property(tries = 300)
    void answersAsAMapOfLowerCasedWordsWould(@ForAll("wordLists") List<String> entries, @ForAll("words") String word) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            map.putIfAbsent(entries.get(i), i);
        }
        WordTable<Integer> table = WordTable.of(map);

        assertThat(table.get(word)).isEqualTo(map.get(word.toLowerCase(Locale.ROOT)));
        for (String entry : map.keySet()) {
            assertThat(table.get(entry.toUpperCase(Locale.ROOT))).isEqualTo(map.get(entry.toUpperCase(Locale.ROOT)
                    .toLowerCase(Locale.ROOT)));
        }
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("aAbBsSİiıΣσςß'’ -").ofMinLength(0).ofMaxLength(6);
    }

    @Provide
    Arbitrary<List<String>> wordLists() {
        return Arbitraries.strings().withChars("abSsiıσςß'").ofMinLength(0).ofMaxLength(5).list().ofMaxSize(40);
    }
}

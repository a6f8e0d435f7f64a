package io.tearsheet.read.conventions;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class FirstCharsTest {

    @Test
    void aLiteralOrAnOptionalPartNamesEveryCharacterAMatchCanStartWith() {
        assertThat(FirstChars.of("advertisement")).containsExactly('a');
        assertThat(FirstChars.of("(?:free )?articles?")).containsExactlyInAnyOrder('a', 'f');
        assertThat(FirstChars.of("(?:log|sign) ?in to .*")).containsExactlyInAnyOrder('l', 's');
        assertThat(FirstChars.of("\\d+ comments?")).hasSize(10).contains('0', '9');
        assertThat(FirstChars.of("\\(photo: .*\\)")).containsExactly('(');
        assertThat(FirstChars.of("[€$£]? ?\\d+ euro")).contains('€', '$', '£', ' ', '5').hasSize(14);
        assertThat(FirstChars.of("\\bmore\\b")).containsExactly('m');
    }

    @Test
    void anythingItDoesNotReadPlainlyIsUnknown() {
        assertThat(FirstChars.of(".{0,60}free articles? left")).isNull();
        assertThat(FirstChars.of("\\s*advertisement")).isNull();
        assertThat(FirstChars.of("[^a-z]+")).isNull();
        assertThat(FirstChars.of("(?i)advertisement")).isNull();
        assertThat(FirstChars.of("(?=a)abc")).isNull();
        assertThat(FirstChars.of("ads|")).isNull(); // matches the empty line
        assertThat(FirstChars.of("(?:ads)?")).isNull();
        assertThat(FirstChars.of("\\Qa|b\\E")).isNull();
        assertThat(FirstChars.of("(unclosed")).isNull();
    }

    @Test
    void aRequiredPartAfterAnUnknownOneDoesNotMakeTheStartKnown() {
        assertThat(FirstChars.of("a?.b")).isNull();
        assertThat(FirstChars.of("a.b")).containsExactly('a');
    }

    /** Sound: whatever the expression fully matches starts with a character of the set (or the set is unknown). */
    @Property(tries = 3000)
    void everyMatchStartsWithACharacterOfTheSet(@ForAll("expressions") String regex, @ForAll("lines") String line) {
        Set<Character> firsts = FirstChars.of(regex);
        if (firsts != null && !line.isEmpty() && Pattern.compile(regex).matcher(line).matches()) {
            assertThat(firsts).contains(line.charAt(0));
        }
    }

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.strings().withChars("abc1 ").ofMaxLength(6);
    }

    @Provide
    Arbitrary<String> expressions() {
        return sequence(3);
    }

    private Arbitrary<String> sequence(int depth) {
        return atom(depth).flatMap(atom -> quantifier().map(q -> atom + q)).list().ofMinSize(1).ofMaxSize(3)
                .map(parts -> String.join("", parts))
                .flatMap(first -> Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.just(first)),
                        Tuple.of(1, atom(depth).map(second -> first + "|" + second))));
    }

    private Arbitrary<String> atom(int depth) {
        Arbitrary<String> simple = Arbitraries.of("a", "b", "c", "1", " ", ".", "\\d", "\\b", "[ab]", "[a-c1]",
                "[^a]", "\\s", "^");
        if (depth == 0) {
            return simple;
        }
        return Arbitraries.frequencyOf(
                Tuple.of(3, simple),
                Tuple.of(1, Arbitraries.lazy(() -> sequence(depth - 1)).map(inner -> "(?:" + inner + ")")));
    }

    private Arbitrary<String> quantifier() {
        return Arbitraries.of("", "", "", "?", "*", "+", "{0,2}", "{1,2}", "??", "+?");
    }
}

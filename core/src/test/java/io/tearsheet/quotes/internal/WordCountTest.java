package io.tearsheet.quotes.internal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting words in place gives what splitting the stripped text on white space gives. */
class WordCountTest {

    @Property
    void countsAsStripAndSplitDo(@ForAll @StringLength(max = 30) @Chars({' ', '\t', '\n', '\u00A0', '\u2003', 'a', 'b', '.'})
                                 @CharRange(from = 'x', to = 'z') String text) {
        assertThat(WordCount.of(text, 0, text.length())).isEqualTo(text.strip().split("\\s+").length);
    }

    @Property
    void countsAStretchAsItsSubstringCounts(@ForAll @StringLength(max = 30) @Chars({' ', '\u2003', 'a', ','}) String text,
                                            @ForAll int cut) {
        int from = Math.floorMod(cut, text.length() + 1);
        assertThat(WordCount.of("x " + text + " y", from + 2, text.length() + 2))
                .isEqualTo(text.substring(from).strip().split("\\s+").length);
    }
}

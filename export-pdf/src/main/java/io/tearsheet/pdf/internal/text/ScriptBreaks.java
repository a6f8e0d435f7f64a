package io.tearsheet.pdf.internal.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a line may break inside text of a script written without spaces between words, by the Unicode line
 * breaking algorithm (UAX #14) as the JDK's {@link BreakIterator#getLineInstance(Locale)} implements it: Chinese,
 * Japanese and Korean break between characters, but never before closing punctuation or a small kana, nor after
 * opening punctuation (kinsoku); Thai breaks between words that the JDK's Thai dictionary finds. Text in other
 * scripts breaks at spaces only and never reaches here. One export's; not thread-safe.
 */
final class ScriptBreaks {
    private static final Locale THAI = Locale.forLanguageTag("th");

    private BreakIterator general;
    private BreakIterator thai;

    /** Whether {@code word} has characters of a script written without spaces, or CJK punctuation. */
    static boolean needed(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x0E00) {
                continue;
            }
            if (cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF) {
                return true;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO, YI, THAI, LAO, KHMER, MYANMAR, TIBETAN:
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /** Whether {@code cp} is a Chinese, Japanese or Korean character, or CJK punctuation. */
    static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        if (cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF) {
            return true;
        }
        return switch (Character.UnicodeScript.of(cp)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO, YI -> true;
            default -> false;
        };
    }

    /** The char offsets strictly inside {@code word} where a line may break, in increasing order. */
    List<Integer> inside(String word) {
        BreakIterator breaks = hasThai(word) ? thai() : general();
        breaks.setText(word);
        List<Integer> positions = new ArrayList<>();
        for (int at = breaks.next(); at != BreakIterator.DONE && at < word.length(); at = breaks.next()) {
            if (at > 0) {
                positions.add(at);
            }
        }
        return positions;
    }

    private static boolean hasThai(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x0E00 && c <= 0x0E7F) {
                return true;
            }
        }
        return false;
    }

    private BreakIterator general() {
        if (general == null) {
            general = BreakIterator.getLineInstance(Locale.ROOT);
        }
        return general;
    }

    private BreakIterator thai() {
        if (thai == null) {
            thai = BreakIterator.getLineInstance(THAI);
        }
        return thai;
    }
}

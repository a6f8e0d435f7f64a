package io.tearsheet.export;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language a piece of text is in, as far as its writing system alone tells, for the {@code lang} of an EPUB
 * element and the {@code Lang} of a PDF structure element. Exporters share it so that an ebook and a print copy
 * tag the same quotations the same way.
 *
 * <p>Only what the script makes certain is said: Han with kana is Japanese ({@code ja}), Hangul is Korean
 * ({@code ko}), and Thai, Hebrew, Greek, Georgian and Armenian script give {@code th}, {@code he}, {@code el},
 * {@code ka} and {@code hy}. A script that several languages share is named but its language is left
 * undetermined, as BCP 47 allows: Arabic script gives {@code und-Arab} (Arabic, Persian, Urdu…), Han alone
 * {@code und-Hani} (Chinese, or Japanese written without kana), Cyrillic {@code und-Cyrl}, Devanagari
 * {@code und-Deva}, and so on. Latin script is never guessed at.
 *
 * <pre>{@code
 * ScriptLanguages.of("東京に行きました");           // Optional[ja]
 * ScriptLanguages.of("مرحبا بالعالم");              // Optional[und-Arab]
 * ScriptLanguages.of("Hello");                      // Optional.empty
 * ScriptLanguages.differing("שלום", "en");          // Optional[he]: tag the element
 * ScriptLanguages.differing("Γειά σου", "el-GR");  // Optional.empty: the document's language already says it
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ScriptLanguages {
    /** The share of a text's letters its main script must have before the text is said to be in it. */
    private static final double MAJORITY = 0.6;

    /** Scripts whose one modern language is certain. */
    private static final Map<Character.UnicodeScript, String> CERTAIN = new EnumMap<>(Character.UnicodeScript.class);
    /** Script subtags (ISO 15924) for the scripts shared by several languages. */
    private static final Map<Character.UnicodeScript, String> SUBTAGS = new EnumMap<>(Character.UnicodeScript.class);

    static {
        CERTAIN.put(Character.UnicodeScript.HANGUL, "ko");
        CERTAIN.put(Character.UnicodeScript.THAI, "th");
        CERTAIN.put(Character.UnicodeScript.HEBREW, "he");
        CERTAIN.put(Character.UnicodeScript.GREEK, "el");
        CERTAIN.put(Character.UnicodeScript.GEORGIAN, "ka");
        CERTAIN.put(Character.UnicodeScript.ARMENIAN, "hy");
        SUBTAGS.put(Character.UnicodeScript.LATIN, "Latn");
        SUBTAGS.put(Character.UnicodeScript.ARABIC, "Arab");
        SUBTAGS.put(Character.UnicodeScript.HAN, "Hani");
        SUBTAGS.put(Character.UnicodeScript.CYRILLIC, "Cyrl");
        SUBTAGS.put(Character.UnicodeScript.DEVANAGARI, "Deva");
        SUBTAGS.put(Character.UnicodeScript.BENGALI, "Beng");
        SUBTAGS.put(Character.UnicodeScript.TAMIL, "Taml");
        SUBTAGS.put(Character.UnicodeScript.ETHIOPIC, "Ethi");
        SUBTAGS.put(Character.UnicodeScript.GURMUKHI, "Guru");
        SUBTAGS.put(Character.UnicodeScript.GUJARATI, "Gujr");
        SUBTAGS.put(Character.UnicodeScript.TELUGU, "Telu");
        SUBTAGS.put(Character.UnicodeScript.KANNADA, "Knda");
        SUBTAGS.put(Character.UnicodeScript.MALAYALAM, "Mlym");
        SUBTAGS.put(Character.UnicodeScript.SINHALA, "Sinh");
        SUBTAGS.put(Character.UnicodeScript.MYANMAR, "Mymr");
        SUBTAGS.put(Character.UnicodeScript.KHMER, "Khmr");
        SUBTAGS.put(Character.UnicodeScript.LAO, "Laoo");
        SUBTAGS.put(Character.UnicodeScript.TIBETAN, "Tibt");
        SUBTAGS.put(Character.UnicodeScript.MONGOLIAN, "Mong");
        SUBTAGS.put(Character.UnicodeScript.THAANA, "Thaa");
        SUBTAGS.put(Character.UnicodeScript.SYRIAC, "Syrc");
        SUBTAGS.put(Character.UnicodeScript.ORIYA, "Orya");
    }

    private ScriptLanguages() {
    }

    /**
     * The language tag {@code text}'s script makes certain, or an undetermined language in that script; empty
     * when the text is mostly Latin, has no letters, or mixes scripts with none in the majority.
     */
    public static Optional<String> of(String text) {
        Tally tally = Tally.of(text);
        Character.UnicodeScript main = tally.main();
        if (main == null || main == Character.UnicodeScript.LATIN) {
            return Optional.empty();
        }
        return Optional.of(tag(main, tally));
    }

    /**
     * The tag to put on an element holding {@code text} inside a document (or element) in
     * {@code enclosingLanguage}: present only when the text's script is not the one that language is written
     * in, so nothing is said twice and nothing is guessed. Latin text inside a document in another script gets
     * {@code und-Latn}.
     *
     * @param enclosingLanguage the BCP 47 tag in force around the text, or null when unknown
     */
    public static Optional<String> differing(String text, String enclosingLanguage) {
        Tally tally = Tally.of(text);
        Character.UnicodeScript main = tally.main();
        if (main == null) {
            return Optional.empty();
        }
        Character.UnicodeScript enclosing = scriptOf(enclosingLanguage);
        if (main == enclosing || main == Character.UnicodeScript.LATIN && enclosing == null) {
            return Optional.empty();
        }
        String tag = tag(main, tally);
        if (enclosingLanguage != null && !tag.startsWith("und") && primary(enclosingLanguage).equals(primary(tag))) {
            return Optional.empty();
        }
        return Optional.of(tag);
    }

    /**
     * Whether text tagged {@code tag} (as {@link #of} and {@link #differing} give it, or any BCP 47 tag) is
     * written right to left: Hebrew and Arabic script and their languages, Syriac, Thaana.
     */
    public static boolean isRightToLeft(String tag) {
        Character.UnicodeScript script = scriptOf(tag);
        return script == Character.UnicodeScript.HEBREW || script == Character.UnicodeScript.ARABIC
                || script == Character.UnicodeScript.SYRIAC || script == Character.UnicodeScript.THAANA;
    }

    private static String tag(Character.UnicodeScript main, Tally tally) {
        if (main == Character.UnicodeScript.HAN || main == Character.UnicodeScript.HIRAGANA
                || main == Character.UnicodeScript.KATAKANA) {
            if (tally.count(Character.UnicodeScript.HIRAGANA) + tally.count(Character.UnicodeScript.KATAKANA) > 0) {
                return "ja";
            }
            if (tally.count(Character.UnicodeScript.HANGUL) > 0) {
                return "ko";
            }
            return "und-Hani";
        }
        String certain = CERTAIN.get(main);
        if (certain != null) {
            return certain;
        }
        String subtag = SUBTAGS.get(main);
        return subtag == null ? "und" : "und-" + subtag;
    }

    /** The primary language subtag, lower-cased. */
    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /**
     * The script a language is normally written in: the script subtag when the tag has one, else the usual
     * script of its primary language, Latin for languages not listed; null for no language.
     */
    static Character.UnicodeScript scriptOf(String language) {
        if (language == null || language.isBlank() || language.equalsIgnoreCase("und")) {
            return null;
        }
        String[] parts = language.split("[-_]");
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() == 4) {
                for (Map.Entry<Character.UnicodeScript, String> entry : SUBTAGS.entrySet()) {
                    if (entry.getValue().equalsIgnoreCase(parts[i])) {
                        return entry.getKey();
                    }
                }
                if (parts[i].equalsIgnoreCase("Hans") || parts[i].equalsIgnoreCase("Hant")
                        || parts[i].equalsIgnoreCase("Jpan")) {
                    return Character.UnicodeScript.HAN;
                }
                if (parts[i].equalsIgnoreCase("Hebr")) {
                    return Character.UnicodeScript.HEBREW;
                }
                if (parts[i].equalsIgnoreCase("Kore") || parts[i].equalsIgnoreCase("Hang")) {
                    return Character.UnicodeScript.HANGUL;
                }
            }
        }
        switch (parts[0].toLowerCase(Locale.ROOT)) {
            case "ja":
            case "zh":
            case "yue":
                return Character.UnicodeScript.HAN;
            case "ko":
                return Character.UnicodeScript.HANGUL;
            case "ar":
            case "fa":
            case "ur":
            case "ps":
                return Character.UnicodeScript.ARABIC;
            case "he":
            case "yi":
                return Character.UnicodeScript.HEBREW;
            case "el":
                return Character.UnicodeScript.GREEK;
            case "ru":
            case "uk":
            case "bg":
            case "be":
            case "mk":
            case "sr":
            case "kk":
            case "ky":
            case "mn":
                return Character.UnicodeScript.CYRILLIC;
            case "hi":
            case "mr":
            case "ne":
            case "sa":
                return Character.UnicodeScript.DEVANAGARI;
            case "bn":
            case "as":
                return Character.UnicodeScript.BENGALI;
            case "ta":
                return Character.UnicodeScript.TAMIL;
            case "th":
                return Character.UnicodeScript.THAI;
            case "ka":
                return Character.UnicodeScript.GEORGIAN;
            case "hy":
                return Character.UnicodeScript.ARMENIAN;
            case "am":
            case "ti":
                return Character.UnicodeScript.ETHIOPIC;
            default:
                return Character.UnicodeScript.LATIN;
        }
    }

    /** Letters counted by script; Japanese kana and Han count together as one writing system. */
    private static final class Tally {
        private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();
        /** Letters by script, indexed by the script's ordinal; allocated at the first letter that is not ASCII. */
        private int[] counts;
        /** ASCII letters, which are Latin: most text is, and needs no look-up in the script table. */
        private int ascii;
        private int letters;

        static Tally of(String text) {
            Tally tally = new Tally();
            if (text == null) {
                return tally;
            }
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp < 0x80) {
                    if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
                        tally.ascii++;
                        tally.letters++;
                    }
                    continue;
                }
                if (!Character.isLetter(cp)) {
                    continue;
                }
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED) {
                    continue;
                }
                if (tally.counts == null) {
                    tally.counts = new int[SCRIPTS.length];
                }
                tally.counts[script.ordinal()]++;
                tally.letters++;
            }
            return tally;
        }

        int count(Character.UnicodeScript script) {
            int others = counts == null ? 0 : counts[script.ordinal()];
            return script == Character.UnicodeScript.LATIN ? others + ascii : others;
        }

        /** The script with a clear majority of the letters (Han and kana, Han and Hangul as one), or null. */
        Character.UnicodeScript main() {
            if (letters == 0) {
                return null;
            }
            if (counts == null) {
                return Character.UnicodeScript.LATIN;
            }
            int cjk = count(Character.UnicodeScript.HAN) + count(Character.UnicodeScript.HIRAGANA)
                    + count(Character.UnicodeScript.KATAKANA);
            int hangul = count(Character.UnicodeScript.HANGUL);
            if (hangul > 0 && hangul + count(Character.UnicodeScript.HAN) >= MAJORITY * letters) {
                return Character.UnicodeScript.HANGUL;
            }
            if (cjk >= MAJORITY * letters) {
                return Character.UnicodeScript.HAN;
            }
            Character.UnicodeScript best = null;
            int bestCount = 0;
            for (Character.UnicodeScript script : SCRIPTS) {
                int count = count(script);
                if (count > bestCount) {
                    best = script;
                    bestCount = count;
                }
            }
            return bestCount >= MAJORITY * letters ? best : null;
        }
    }
}

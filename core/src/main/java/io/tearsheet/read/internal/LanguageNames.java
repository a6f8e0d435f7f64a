package io.tearsheet.read.internal;

import java.util.Set;

/** Names of languages as sites list them under "Read this article in": a line made only of such names. */
final class LanguageNames {
    private static final Set<String> NAMES = Set.of("english", "español", "espanol", "spanish", "français", "francais",
            "french", "deutsch", "german", "italiano", "italian", "português", "portugues", "portuguese", "русский",
            "russian", "中文", "简体中文", "繁體中文", "简体", "繁體", "chinese", "日本語", "japanese", "한국어", "korean",
            "العربية", "arabic", "فارسی", "farsi", "persian", "türkçe", "turkish", "polski", "polish", "nederlands",
            "dutch", "svenska", "swedish", "norsk", "dansk", "suomi", "ελληνικά", "greek", "עברית", "hebrew", "हिन्दी",
            "hindi", "bahasa", "indonesia", "melayu", "tiếng", "việt", "vietnamese", "ไทย", "thai", "українська",
            "ukrainian", "čeština", "czech", "magyar", "română", "kiswahili", "swahili", "اردو", "urdu", "বাংলা");

    private LanguageNames() {
    }

    /** Two or more language names and nothing else (separators aside). */
    static boolean isList(String normal) {
        String[] tokens = normal.split("[\\s|·•/,:]+");
        int names = 0;
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue;
            }
            if (!NAMES.contains(token)) {
                return false;
            }
            names++;
        }
        return names >= 2;
    }
}

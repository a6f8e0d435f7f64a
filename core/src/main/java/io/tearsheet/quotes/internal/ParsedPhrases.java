package io.tearsheet.quotes.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The speaker phrases parsed while one article is attributed, by the text parsed: an article names its people again
 * and again, and the mention finder, the subject search and the rules each parse the same words (the sample article:
 * 115 phrases and 214 heads parsed, 84 and 117 of them distinct). Parsing is a pure function of the text, so a phrase
 * parsed once stands for every later parse of the same text. Kept for one article only ({@link #during}), so that
 * neither a long batch's memory nor a benchmark that reads one article again and again sees another article's work.
 */
final class ParsedPhrases {
    private static final ThreadLocal<ParsedPhrases> CURRENT = new ThreadLocal<>();
    /** Stands for a text that parses to null, which a map cannot tell from an absent key. */
    private static final Object NOTHING = new Object();

    private final Map<String, Object> phrases = new HashMap<>();
    private final Map<String, Object> heads = new HashMap<>();

    private ParsedPhrases() {
    }

    /** Runs {@code work} (one article's attribution) with the phrases it parses remembered until it returns. */
    static <T> T during(Supplier<T> work) {
        if (CURRENT.get() != null) {
            return work.get();
        }
        CURRENT.set(new ParsedPhrases());
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }

    /** {@code parse(text)}, parsed once per article. */
    static SpeakerPhrase phrase(String text, Function<String, SpeakerPhrase> parse) {
        ParsedPhrases current = CURRENT.get();
        return current == null ? parse.apply(text) : remembered(current.phrases, text, parse);
    }

    /** {@code parseHead(text)}, parsed once per article. */
    static SpeakerPhrase head(String text, Function<String, SpeakerPhrase> parseHead) {
        ParsedPhrases current = CURRENT.get();
        return current == null ? parseHead.apply(text) : remembered(current.heads, text, parseHead);
    }

    private static SpeakerPhrase remembered(Map<String, Object> parsed, String text,
                                            Function<String, SpeakerPhrase> parse) {
        Object known = parsed.get(text);
        if (known == null) {
            // not computeIfAbsent: parsing a phrase parses its parts, which adds to the same map
            SpeakerPhrase phrase = parse.apply(text);
            parsed.put(text, phrase == null ? NOTHING : phrase);
            return phrase;
        }
        return known == NOTHING ? null : (SpeakerPhrase) known;
    }
}

package io.tearsheet.pdf.internal.hyphenation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The pattern files shipped with the exporter, read once on first use.
 *
 * <p>English uses {@code hyph-en-us.tex} (Gerard D.C. Kuiken's {@code ushyphmax.tex}, which includes Knuth's
 * and Liang's original patterns), whose licence permits copying and distribution, modified or not, as long as
 * its notice stays with it; the file is kept unchanged. The copy comes from the hyph-utf8 collection as
 * packaged on Maven Central in {@code org.daisy.dotify:dotify.hyphenator.impl:5.0.0}. Other languages'
 * patterns carry LPPL or no-modification licences and are not shipped: their text is set without hyphenation.
 */
final class HyphenationPatterns {
    private static final String ENGLISH_RESOURCE = "hyph-en-us.tex";

    private HyphenationPatterns() {
    }

    static Hyphenator forLanguage(String languageTag) {
        if (languageTag == null) {
            return Hyphenator.NONE;
        }
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        if (language.equals("en")) {
            return English.INSTANCE;
        }
        return Hyphenator.NONE;
    }

    /** Holder: the English patterns are parsed on first use, once per class loader, thread-safely. */
    private static final class English {
        static final Hyphenator INSTANCE = new Hyphenator(load(ENGLISH_RESOURCE), 2, 3);
    }

    private static LiangPatterns load(String resource) {
        try (InputStream in = HyphenationPatterns.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("hyphenation patterns missing from the jar: " + resource);
            }
            return LiangPatterns.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read hyphenation patterns " + resource, e);
        }
    }
}

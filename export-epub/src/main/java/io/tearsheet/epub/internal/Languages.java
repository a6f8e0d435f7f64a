package io.tearsheet.epub.internal;

import io.tearsheet.model.Metadata;

/**
 * The language an EPUB declares: the article's BCP 47 tag, or {@code und} ("undetermined", the tag BCP 47 keeps
 * for exactly this) when the article does not say.
 */
final class Languages {
    static final String UNDETERMINED = "und";

    private Languages() {
    }

    static String of(Metadata metadata) {
        return metadata.language() == null ? UNDETERMINED : metadata.language();
    }

    static String orUndetermined(String language) {
        return language == null ? UNDETERMINED : language;
    }
}

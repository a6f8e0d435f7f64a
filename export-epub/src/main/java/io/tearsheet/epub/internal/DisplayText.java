package io.tearsheet.epub.internal;

import io.tearsheet.model.Byline;

import java.util.List;

/**
 * Small pieces of display text the EPUB writes in several places, decided once.
 */
final class DisplayText {
    /** What an article without a usable headline is called (its headline was only characters XML forbids). */
    static final String UNTITLED = "Untitled";

    private DisplayText() {
    }

    /** {@code text} cleaned for XML; {@code fallback} when nothing visible is left. */
    static String orFallback(XmlWriter out, String text, String fallback) {
        String clean = text == null ? "" : out.clean(text).strip();
        return clean.isEmpty() ? fallback : clean;
    }

    /** Whether {@code text} has anything left to show once cleaned. */
    static boolean hasText(XmlWriter out, String text) {
        return text != null && !out.clean(text).isBlank();
    }

    /** "A", "A and B", "A, B and C". */
    static String names(List<Byline> bylines) {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < bylines.size(); i++) {
            if (i > 0) {
                names.append(i == bylines.size() - 1 ? " and " : ", ");
            }
            names.append(bylines.get(i).name());
        }
        return names.toString();
    }

    /** A string list joined the same way. */
    static String join(List<String> items) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                joined.append(i == items.size() - 1 ? " and " : ", ");
            }
            joined.append(items.get(i));
        }
        return joined.toString();
    }
}

package io.tearsheet.epub.internal;

/**
 * Text as it is left once cleaned for XML: whether anything visible remains, and what to show when nothing does.
 * Core's {@link io.tearsheet.export.DisplayText} decides the words; this decides whether a value is worth an
 * element at all, since text made only of characters XML forbids would give an empty one.
 */
final class CleanText {
    private CleanText() {
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
}

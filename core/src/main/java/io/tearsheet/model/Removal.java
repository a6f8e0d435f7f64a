package io.tearsheet.model;

/**
 * Text a reader dropped from the input as not part of the article, and why, so that nothing
 * disappears silently.
 *
 * @param text   the dropped text, as it appeared in the input
 * @param reason why it was dropped, a short lower-case label ("paywall", "share", "qr-code", "copyright")
 * @since 0.1.0
 */
public record Removal(String text, String reason) {
    public Removal {
        Checks.required(text, "removal.text");
        Checks.requiredText(reason, "removal.reason");
    }
}

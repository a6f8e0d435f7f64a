package io.tearsheet.pdf.internal.font;

/**
 * Text that one font draws entirely.
 *
 * @param font       the font
 * @param text       the characters, every one covered by the font
 * @param actualText what a placeholder stands for, or null when {@code text} is the text itself
 */
public record FontRun(LoadedFont font, String text, String actualText) {
}

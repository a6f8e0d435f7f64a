package io.tearsheet.pdf.internal.font;

/**
 * Text that one font draws entirely.
 *
 * @param font the font
 * @param text the characters, every one covered by the font
 */
public record FontRun(LoadedFont font, String text) {
}

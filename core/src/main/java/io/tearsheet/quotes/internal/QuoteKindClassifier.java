package io.tearsheet.quotes.internal;

import io.tearsheet.model.QuoteKind;

/**
 * Decides how a quotation reports what was said. A quotation that opens its sentence (or follows "X said:"),
 * and reads as an utterance, is DIRECT; words quoted inside the writer's own sentence are PARTIAL when someone
 * is named as saying them and SCARE when nobody is and they are few; a quotation inside a quotation is SCARE
 * when it is a few words and DIRECT (of an unnamed speaker) when it is a sentence.
 */
public final class QuoteKindClassifier {
    private final int scareMaxWords;

    public QuoteKindClassifier(int scareMaxWords) {
        this.scareMaxWords = scareMaxWords;
    }

    public QuoteKind classify(Candidate c) {
        String text = c.text();
        int words = WordCount.of(text, 0, text.length());
        if (!c.isTopLevel()) {
            return words <= 6 && !endsSentence(text) ? QuoteKind.SCARE : QuoteKind.DIRECT;
        }
        if (c.scare) {
            return QuoteKind.SCARE;
        }
        if (c.runsOnFrom != null || c.quote.runsOn()) {
            return QuoteKind.DIRECT;
        }
        if (standsAlone(c)) {
            return QuoteKind.DIRECT;
        }
        if (c.attributed() || c.attribution != null) {
            return QuoteKind.PARTIAL;
        }
        return words <= scareMaxWords ? QuoteKind.SCARE : QuoteKind.PARTIAL;
    }

    /**
     * Opens its sentence, or follows an attribution with a colon or comma ("X said, “Q”", or after words of the
     * writer's when the quotation is a whole sentence), or follows another
     * quotation's attribution ("“Q1,” she said, “Q2”"); and reads as an utterance rather than a label: it ends
     * with punctuation or has its own attribution.
     */
    private static boolean standsAlone(Candidate c) {
        String before = c.site.before().strip();
        boolean opens = before.isEmpty() || before.endsWith(":")
                || c.attribution != null && c.attribution.connector() != ' ' && c.attribution.at() < c.quote.open()
                && (attributionOpensSentence(c) || isSentence(c.text()))
                || before.endsWith(",") && c.site.beforeFrom() > c.paragraph.sentenceStart(c.quote.open());
        if (!opens) {
            return false;
        }
        String text = c.text();
        char last = text.charAt(text.length() - 1);
        boolean punctuated = ",.!?…—–:;".indexOf(last) >= 0;
        boolean ownAttribution = c.attribution != null && c.attribution.at() > c.quote.open();
        return punctuated || ownAttribution || c.quote.close() < 0 || commaAfter(c);
    }

    /** "« Q », explique X": the comma after the closing mark hands an utterance to its speaker. */
    private static boolean commaAfter(Candidate c) {
        String text = c.paragraph.text();
        int i = c.quote.close() + 1;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ',';
    }

    /** "She said, “Q”", "According to X, “Q”": nothing of the writer's before the attribution. */
    private static boolean attributionOpensSentence(Candidate c) {
        int sentence = c.paragraph.sentenceStart(c.quote.open());
        // the attribution may reach back over an earlier quotation ("X called it “Q1,” adding, “Q2”")
        int at = Math.max(sentence, c.attribution.at());
        String before = c.paragraph.text().substring(Math.min(Math.max(sentence, c.site.beforeFrom()), at), at).strip();
        return before.isEmpty() || before.equalsIgnoreCase("according to") || before.indexOf(' ') < 0
                && CueVerbs.speech(before) != null; // "Said Dorothy Poynter, “Q”"
    }

    /** "…, telling them, “The quay must stay open.”": a whole sentence of the speaker's, capital to full stop. */
    private static boolean isSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && endsSentence(t);
    }

    /** Whether {@code text} ends as a sentence does, on a full stop, question or exclamation mark or ellipsis. */
    static boolean endsSentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '…';
    }
}
